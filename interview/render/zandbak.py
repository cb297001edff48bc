"""The Jinja sandbox templates run in: they read fields and a few string methods, nothing else.

Every attribute, item, call, operator, loop step and `~` a template makes passes a check here,
and every value it builds (a literal list, a filter's or a call's result, a {% set %} block) is
measured where it is built. What a template may use is listed (allow-lists), so a new Python or
pydantic method is refused until someone adds it on purpose.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import CodeType
from typing import Any, cast

from jinja2 import nodes
from jinja2.filters import FILTERS, do_join, do_sum, make_attrgetter
from jinja2.nodes import EvalContext
from jinja2.runtime import Context, LoopContext, Macro, Undefined, markup_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import pass_context, pass_environment, pass_eval_context
from jinja2.visitor import NodeTransformer
from lxml import etree
from markupsafe import Markup
from pydantic import BaseModel

from interview.render.grenzen import Grenzen, NietToegestaan, getal
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

MAAT = "vplan:maat"
"""The filter that measures a value where it is built; no template can name it (not a Jinja name)."""

RUNMERK = "_wordopmaak_"
"""interview.render.bron turns docxtpl's `{{r x }}` into `{{r _wordopmaak_, x }}`, so the sandbox
knows which values go where Word expects runs (see `_woordopmaak`)."""
RUN = "vplan:run"
WORD = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
ALINEA = "<w:p " + " ".join(f'xmlns:{kort}="{ns}"' for kort, ns in WORD.items()) + ">{}</w:p>"
XML = etree.XMLParser(resolve_entities=False, no_network=True)

TE_DIEP = ("meer dan ongeveer 20 codes of haakjes in elkaar (zet een deel in een {% macro %}, "
           "of maak het sjabloon minder diep)")


def weiger(reden: str) -> Callable[..., Any]:
    """A filter or function that refuses to run, naming what is not allowed."""

    def geweigerd(*_args: Any, **_kwargs: Any) -> Any:
        raise NietToegestaan(reden)

    return geweigerd


def _roep(methode: str, argumenten: list[nodes.Expr], regel: int) -> nodes.Call:
    """A call to one of the environment's own checks, which template code cannot name."""
    return nodes.Call(nodes.EnvironmentAttribute(methode), argumenten, [], None, None, lineno=regel)


def _gemeten(waarde: nodes.Expr) -> nodes.Filter:
    """`waarde`, measured as soon as it is made (see `_meet`); as a filter, so it is no step."""
    return nodes.Filter(waarde, MAAT, [], [], None, None, lineno=waarde.lineno)


class _Begrenzer(NodeTransformer):
    """Routes every loop and `~` through the environment, so each is counted and capped, and
    measures every value a template builds: literals, filter results and {% set %} blocks."""

    def visit_For(self, knoop: nodes.For) -> nodes.Node:
        self.generic_visit(knoop)
        knoop.iter = _roep("herhaal", [cast(nodes.Expr, knoop.iter)], knoop.lineno)
        return knoop

    def visit_Concat(self, knoop: nodes.Concat) -> nodes.Node:
        self.generic_visit(knoop)
        return _roep("plak", knoop.nodes, knoop.lineno)

    def visit_Output(self, knoop: nodes.Output) -> nodes.Node:
        knoop.nodes = [_als_run(deel) for deel in knoop.nodes]
        self.generic_visit(knoop)
        return knoop

    def visit_List(self, knoop: nodes.List) -> nodes.Node:
        """`[a, a, a]` holds references: three shared lists print as three copies."""
        self.generic_visit(knoop)
        return _gemeten(knoop)

    visit_Dict = visit_List

    def visit_Tuple(self, knoop: nodes.Tuple) -> nodes.Node:
        self.generic_visit(knoop)
        return _gemeten(knoop) if knoop.ctx == "load" else knoop  # not `{% for a, b in … %}`

    def visit_Filter(self, knoop: nodes.Filter) -> nodes.Node:
        self.generic_visit(knoop)
        return knoop if knoop.name == MAAT else _gemeten(knoop)

    def visit_FilterBlock(self, knoop: nodes.FilterBlock) -> nodes.Node:
        """The block's text is measured before its filters run; their output goes into the document."""
        _meet_eerst(knoop.filter)
        self.generic_visit(knoop)
        knoop.filter = _zonder_meting(knoop.filter)
        return knoop

    def visit_AssignBlock(self, knoop: nodes.AssignBlock) -> nodes.Node:
        """`{% set x %}…{% endset %}`: the text is measured, and so is what its filters make of it."""
        if knoop.filter is None:
            knoop.filter = nodes.Filter(None, MAAT, [], [], None, None, lineno=knoop.lineno)
        else:
            _meet_eerst(knoop.filter)
        self.generic_visit(knoop)
        return knoop


def _als_run(deel: nodes.Expr) -> nodes.Expr:
    """`{{r x }}` (marked by RUNMERK) as `x|vplan:run`; anything else as it is."""
    if not (isinstance(deel, nodes.Tuple) and deel.items and isinstance(deel.items[0], nodes.Name)
            and deel.items[0].name == RUNMERK):
        return deel
    rest = deel.items[1:]
    waarde = rest[0] if len(rest) == 1 else nodes.Tuple(rest, "load", lineno=deel.lineno)
    return nodes.Filter(waarde, RUN, [], [], None, None, lineno=deel.lineno)


def _meet_eerst(filter_: nodes.Filter) -> None:
    """Put a measurement first in a block's chain of filters (the innermost has no value: the text)."""
    while filter_.node is not None:
        filter_ = cast(nodes.Filter, filter_.node)
    filter_.node = nodes.Filter(None, MAAT, [], [], None, None, lineno=filter_.lineno)


def _zonder_meting(knoop: nodes.Node) -> nodes.Filter:
    """A block's own filter must stay a filter for Jinja's code generator: take off the measurement."""
    if isinstance(knoop, nodes.Filter) and knoop.name == MAAT and isinstance(knoop.node, nodes.Filter):
        return knoop.node
    return cast(nodes.Filter, knoop)


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
        self.filters[MAAT] = _meet
        self.filters[RUN] = _woordopmaak

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Parse, refuse tags that load or unescape, and route loops and `~` through our checks."""
        try:
            boom = super()._parse(source, name, filename)
        except RecursionError as fout:  # thousands of brackets in one code
            raise NietToegestaan(TE_DIEP) from fout
        for knoop in boom.find_all(tuple(VERBODEN_CODES)):
            raise NietToegestaan(next(r for s, r in VERBODEN_CODES.items() if isinstance(knoop, s)))
        return _Begrenzer().visit(boom)  # type: ignore[no-any-return]

    def _compile(self, source: str, filename: str) -> CodeType:
        """Python refuses code nested more than 20 blocks deep: say so in Dutch (issue 24)."""
        try:
            return super()._compile(source, filename)
        except (SyntaxError, RecursionError) as fout:
            raise NietToegestaan(TE_DIEP) from fout

    def herhaal(self, reeks: Iterable[Any]) -> Iterator[Any]:
        """Every loop step counts against the limits (see `_Begrenzer`)."""
        for item in reeks:
            self.grenzen.stap()
            yield item

    def plak(self, *delen: Any) -> str:
        """`a ~ b`, as Jinja does it, but no longer than a template may make: measured before
        the parts are turned into text, and after."""
        self.grenzen.waarde(delen)
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
        """`obj.attribute`; a refused name gives an undefined that refuses once it is used, so
        `{% if x.pop is defined %}` is simply false."""
        if type(obj) is Veldgroep and obj.heeft(attribute):  # a field: most of what templates read
            return obj.veld(attribute)
        try:
            return self._lees(obj, attribute)
        except NietToegestaan as fout:
            return self.undefined(str(fout), obj=obj, name=attribute, exc=NietToegestaan)

    def _lees(self, obj: Any, attribute: str) -> Any:
        """`obj.attribute` for a template, or NietToegestaan naming what it may not read."""
        if isinstance(obj, Undefined):
            return super().getattr(obj, attribute)
        if isinstance(obj, Veldgroep):
            return self._veld(obj, attribute)
        if obj is None:  # an optional record left empty in this plan, e.g. dossier.meldcode
            raise NietToegestaan(f"'{attribute}' van een leeg veld (in dit plan is het veld ervoor niet "
                                 "ingevuld; zet er {%p if … %} omheen)")
        soort, toegestaan = _soort_van(obj)
        if toegestaan and attribute in toegestaan:
            return getattr(obj, attribute)
        if isinstance(obj, Mapping) and attribute in obj:
            return obj[attribute]
        raise NietToegestaan(f"'{attribute}' bij {soort}{_wel_kan(toegestaan)}")

    def getitem(self, obj: Any, argument: Any) -> Any:
        """`obj[argument]`, also what map(attribute=…), sort(attribute=…) and the like read: a
        refused name is refused at once, not kept as a value that prints as [Undefined]."""
        if isinstance(argument, str) and not isinstance(obj, Mapping):
            return self._lees(obj, argument)
        try:
            return obj[argument]
        except (TypeError, LookupError):
            return self.undefined(obj=obj, name=argument)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        """A step, and the result measured; a macro's arguments too, as it keeps the extra ones
        together in `varargs` and `kwargs`."""
        self.grenzen.stap()
        if isinstance(obj, Macro):
            self.grenzen.waarde((args, kwargs))
        return self.grenzen.waarde(super().call(context, obj, *args, **kwargs))

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
        uitkomst = super().call_binop(context, operator, left, right)
        return self.grenzen.waarde(uitkomst) if isinstance(uitkomst, str) else uitkomst

    def _veld(self, groep: Veldgroep, naam: str) -> Any:
        if groep.heeft(naam):
            return groep.veld(naam)
        if naam.startswith("_") or hasattr(BaseModel, naam):
            raise NietToegestaan(f"'{naam}' bij {groep.soort}: dat is geen veld maar een functie van "
                                 "Python; een sjabloon kan alleen velden tonen")
        return self.undefined(obj=groep, name=naam)

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
        if self.grenzen.grootte(items) + len(str(d)) * len(items) > self.grenzen.tekens_per_waarde:
            raise NietToegestaan(f"een tekst van meer dan {getal(self.grenzen.tekens_per_waarde)} "
                                 "tekens maken met join")
        return str(do_join(eval_ctx, items, d))


@pass_context
def _meet(context: Context, waarde: Any) -> Any:
    """The MAAT filter: one function for every environment, so code compiled in one runs in another
    (interview.render.snel). It takes the context so Jinja never runs it while compiling."""
    return cast(Zandbak, context.environment).grenzen.waarde(waarde)


def _woordopmaak(waarde: Any) -> Any:
    """What `{{r … }}` prints: Word XML of runs (anker, verwijzing), never plain text, which docxtpl
    would put outside any run, where Word and LibreOffice drop it (issue 24)."""
    if waarde == "" or (isinstance(waarde, Markup) and not _tekst_buiten_run(str(waarde))):
        return waarde
    raise NietToegestaan("{{r … }} om gewone tekst (die komt buiten de opmaak van Word en verdwijnt); "
                         "gebruik {{ … }}, en {{r … }} alleen voor anker, verwijzing en verwijzingen")


@functools.lru_cache(maxsize=4096)
def _tekst_buiten_run(xml: str) -> bool:
    """Whether `xml`, put in a paragraph, is no Word XML or leaves text between its elements."""
    try:
        alinea = etree.fromstring(ALINEA.format(xml), XML)
    except etree.XMLSyntaxError:
        return True
    return bool((alinea.text or "").strip()) or any((kind.tail or "").strip() for kind in alinea)


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
