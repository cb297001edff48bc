"""The Jinja sandbox templates run in: they read fields and a few string methods, nothing else.

Every attribute, item, call, operator, loop step and `~` a template makes passes a check here.
What a template may use is listed (allow-lists), so a new Python or pydantic method is refused
until someone adds it on purpose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, cast

from jinja2 import nodes
from jinja2.filters import FILTERS, do_join, do_sum, make_attrgetter
from jinja2.nodes import EvalContext
from jinja2.runtime import Context, LoopContext, Undefined, markup_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import pass_environment, pass_eval_context
from jinja2.visitor import NodeTransformer
from pydantic import BaseModel

from interview.render.grenzen import Grenzen, NietToegestaan, getal, omvang
from interview.render.zicht import Veldgroep

TEKSTBEWERKINGEN = frozenset({
    "capitalize", "casefold", "count", "endswith", "find", "isalnum", "isalpha", "isdigit",
    "islower", "isnumeric", "isspace", "istitle", "isupper", "lower", "lstrip", "rfind", "rsplit",
    "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper",
})
"""String methods whose result is never longer than the text itself (no format, replace, join)."""

TOEGESTAAN: list[tuple[type | tuple[type, ...], str, frozenset[str]]] = [
    (str, "een tekst", TEKSTBEWERKINGEN),
    (dt.date, "een datum", frozenset({"year", "month", "day", "weekday", "isoweekday", "isoformat"})),
    (Mapping, "een overzicht", frozenset({"keys", "values", "items", "get"})),
    (LoopContext, "loop", frozenset({
        "index", "index0", "revindex", "revindex0", "first", "last", "length", "depth", "depth0",
        "previtem", "nextitem", "cycle", "changed",
    })),
    ((list, tuple, range), "een lijst", frozenset()),
    (bool, "ja/nee", frozenset()),
    ((int, float), "een getal", frozenset()),
]
"""Per kind of value: its Dutch name in messages, and the attributes a template may read."""

FILTERS_ZONDER_RISICO = frozenset({
    "abs", "capitalize", "count", "d", "default", "dictsort", "e", "escape", "first", "float",
    "forceescape", "groupby", "int", "items", "last", "length", "list", "lower", "map", "max", "min",
    "reject", "rejectattr", "reverse", "round", "select", "selectattr", "sort", "string", "title",
    "trim", "truncate", "unique", "upper", "wordcount",
})
"""Jinja's filters that only read: none reflects, widens text on request, or skips escaping."""

VERBODEN_CODES: dict[type[nodes.Node], str] = {
    nodes.Include: "{% include %} (een sjabloon kan geen andere sjablonen of bestanden laden)",
    nodes.Import: "{% import %} (een sjabloon kan geen andere sjablonen of bestanden laden)",
    nodes.FromImport: "{% from … import %} (een sjabloon kan geen andere sjablonen of bestanden laden)",
    nodes.Extends: "{% extends %} (een sjabloon kan geen andere sjablonen of bestanden laden)",
    nodes.EvalContextModifier: "{% autoescape %} (tekst uit de gesprekken komt er altijd letterlijk in)",
    nodes.NSRef: "{% set x.veld = … %} (een sjabloon kan gegevens tonen, niet veranderen)",
}
"""Tags refused when the template is read, before anything runs."""

GEWEIGERDE_FUNCTIES = ("dict", "lipsum", "cycler", "joiner", "namespace")
"""Jinja's global functions other than range(): not needed to show a plan, and they hold state."""

MAX_BITS = 4_000
"""Whole numbers up to about 1.200 digits; beyond that Python's arithmetic can take minutes."""


def weiger(reden: str) -> Callable[..., Any]:
    """A filter or function that refuses to run, naming what is not allowed."""

    def geweigerd(*_args: Any, **_kwargs: Any) -> Any:
        raise NietToegestaan(reden)

    return geweigerd


def _roep(methode: str, argumenten: list[nodes.Expr], regel: int) -> nodes.Call:
    """A call to one of the environment's own checks, which template code cannot name."""
    return nodes.Call(nodes.EnvironmentAttribute(methode), argumenten, [], None, None, lineno=regel)


class _Begrenzer(NodeTransformer):
    """Routes every loop and every `~` through the environment, so each is counted and capped."""

    def visit_For(self, knoop: nodes.For) -> nodes.Node:
        self.generic_visit(knoop)
        knoop.iter = _roep("herhaal", [cast(nodes.Expr, knoop.iter)], knoop.lineno)
        return knoop

    def visit_Concat(self, knoop: nodes.Concat) -> nodes.Node:
        self.generic_visit(knoop)
        return _roep("plak", knoop.nodes, knoop.lineno)


class Zandbak(ImmutableSandboxedEnvironment):
    """A sandbox that allows only fields, listed methods and filters, within `grenzen`."""

    intercepted_binops = frozenset({"+", "*", "**", "%"})

    def __init__(
        self, grenzen: Grenzen, *, finalize: Callable[[Any], Any] | None = None, **opties: Any
    ) -> None:
        super().__init__(finalize=self._toon, **opties)
        self.grenzen = grenzen
        self._voor_het_tonen = finalize
        self.globals.clear()
        self.globals["range"] = grenzen.range
        self.globals.update({naam: weiger(f"{naam}()") for naam in GEWEIGERDE_FUNCTIES})
        self.filters.update({
            naam: weiger(f"het filter '{naam}'") for naam in FILTERS if naam not in FILTERS_ZONDER_RISICO
        })
        self.filters.update(join=self._join, sum=_som)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Parse, refuse tags that load or unescape, and route loops and `~` through our checks."""
        boom = super()._parse(source, name, filename)
        for knoop in boom.find_all(tuple(VERBODEN_CODES)):
            raise NietToegestaan(next(r for s, r in VERBODEN_CODES.items() if isinstance(knoop, s)))
        return _Begrenzer().visit(boom)  # type: ignore[no-any-return]

    def herhaal(self, reeks: Iterable[Any]) -> Iterator[Any]:
        """Every loop step counts against the limits (see `_Begrenzer`)."""
        for item in reeks:
            self.grenzen.stap()
            yield item

    def plak(self, *delen: Any) -> str:
        """`a ~ b`, as Jinja does it, but no longer than a template may make."""
        return self.grenzen.waarde(markup_join(delen))  # type: ignore[no-any-return]

    def _toon(self, waarde: Any) -> Any:
        """Every printed value, also inside {% set %} or a macro, counts against the limits."""
        if self._voor_het_tonen is not None:
            waarde = self._voor_het_tonen(waarde)
        self.grenzen.toon(waarde)
        return waarde

    def concat(self, stukken: Iterable[str]) -> str:
        """Jinja joins each rendered part here: the output limit holds for the whole document."""
        return self.grenzen.volledige_uitvoer(stukken)

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, Undefined):
            return super().getattr(obj, attribute)
        if isinstance(obj, Veldgroep):
            return self._veld(obj, attribute)
        if obj is None:  # an optional record left empty in this plan, e.g. dossier.meldcode
            return self._geweigerd(obj, attribute, f"'{attribute}' van een leeg veld (in dit plan is het "
                                   "veld ervoor niet ingevuld; zet er {%p if … %} omheen)")
        soort, toegestaan = _soort_van(obj)
        if toegestaan and attribute in toegestaan:
            return getattr(obj, attribute)
        if isinstance(obj, Mapping) and attribute in obj:
            return obj[attribute]
        return self._geweigerd(obj, attribute, f"'{attribute}' bij {soort}{_wel_kan(toegestaan)}")

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(argument, str) and not isinstance(obj, Mapping):
            return self.getattr(obj, argument)
        try:
            return obj[argument]
        except (TypeError, LookupError):
            return self.undefined(obj=obj, name=argument)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        self.grenzen.stap()
        return super().call(context, obj, *args, **kwargs)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """`%`, `*`, `**` and `+` with a check first, so no operation makes a huge value."""
        if operator == "%" and isinstance(left, str):
            raise NietToegestaan("tekst opmaken met % (gebruik een filter of ~)")
        if operator == "**":
            _controleer_macht(left, right)
        if operator == "*":
            self._controleer_keer(left, right)
        if operator == "+" and not isinstance(left, int | float):
            self.grenzen.waarde((left, right))
            if isinstance(left, list | tuple) and isinstance(right, list | tuple):
                return (*left, *right)  # `[dossier.werker] + dossier.professionals`: lists are tuples here
        return super().call_binop(context, operator, left, right)

    def _veld(self, groep: Veldgroep, naam: str) -> Any:
        if groep.heeft(naam):
            return groep.veld(naam)
        if naam.startswith("_") or hasattr(BaseModel, naam):
            return self._geweigerd(groep, naam, f"'{naam}' bij {groep.soort}: dat is geen veld maar "
                                   "een functie van Python; een sjabloon kan alleen velden tonen")
        return self.undefined(obj=groep, name=naam)

    def _geweigerd(self, obj: Any, naam: str, reden: str) -> Undefined:
        """An undefined that raises NietToegestaan(reden) as soon as the template uses it."""
        return self.undefined(reden, obj=obj, name=naam, exc=NietToegestaan)

    def _controleer_keer(self, links: Any, rechts: Any) -> None:
        for reeks, aantal in ((links, rechts), (rechts, links)):
            if isinstance(reeks, list | tuple | range) and isinstance(aantal, int):
                raise NietToegestaan("een lijst vermenigvuldigen")
            if isinstance(reeks, str) and isinstance(aantal, int):
                if len(reeks) * aantal > self.grenzen.tekens_per_waarde:
                    raise NietToegestaan("een tekst van meer dan "
                                         f"{getal(self.grenzen.tekens_per_waarde)} tekens maken met *")
                return
        if isinstance(links, int) and isinstance(rechts, int):
            _controleer_bits(abs(links).bit_length() + abs(rechts).bit_length())

    @pass_eval_context
    def _join(self, eval_ctx: EvalContext, waarde: Iterable[Any], d: str = "",
              attribute: str | int | None = None) -> str:
        """Jinja's join, refused before it starts when the result would be too long."""
        items = list(waarde)
        if attribute is not None:
            items = [make_attrgetter(eval_ctx.environment, attribute)(item) for item in items]
        if omvang(items) + len(str(d)) * len(items) > self.grenzen.tekens_per_waarde:
            raise NietToegestaan(f"een tekst van meer dan {getal(self.grenzen.tekens_per_waarde)} "
                                 "tekens maken met join")
        return str(do_join(eval_ctx, items, d))


@pass_environment
def _som(environment: Any, waarde: Iterable[Any], attribute: str | int | None = None,
         start: Any = 0) -> Any:
    """Jinja's sum for numbers only: adding lists or texts could build anything."""
    if not isinstance(start, int | float):
        raise NietToegestaan("sum() met iets anders dan getallen")
    return do_sum(environment, waarde, attribute, start)


def _controleer_macht(grondtal: Any, exponent: Any) -> None:
    if isinstance(grondtal, int) and isinstance(exponent, int) and exponent > 0:
        _controleer_bits(max(abs(grondtal).bit_length(), 1) * exponent)


def _controleer_bits(bits: int) -> None:
    if bits > MAX_BITS:
        raise NietToegestaan("rekenen met getallen van meer dan 1.200 cijfers")


def _soort_van(obj: Any) -> tuple[str, frozenset[str] | None]:
    """The Dutch name of `obj`'s kind and the attributes a template may read on it.

    None: not data (a function, a macro, Jinja's `self`), so nothing to read at all.
    """
    for soort, naam, toegestaan in TOEGESTAAN:
        if isinstance(obj, soort):
            return naam, toegestaan
    return ("een functie" if callable(obj) else "dit onderdeel"), None


def _wel_kan(toegestaan: frozenset[str] | None) -> str:
    """What a template may use instead, short enough for one line: text names a few examples."""
    if toegestaan is None:
        return ""
    if not toegestaan:
        return " (een sjabloon kan dit alleen tonen)"
    if toegestaan is TEKSTBEWERKINGEN:
        return "; wel kan bijvoorbeeld: upper, lower, title, strip, split, startswith"
    return f"; wel kan: {', '.join(sorted(toegestaan))}"
