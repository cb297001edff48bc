"""The model layer of the template check: every field a template names, checked against the plan.

The template's text is read paragraph by paragraph (one line each, so Jinja's line number is
the paragraph) and parsed once; the walk then follows what each name holds through loops,
`with` and `set`, and knows which optional fields an `if` guards.
"""

from __future__ import annotations

import difflib
import re
import typing
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from jinja2 import nodes
from jinja2.filters import FILTERS

from interview.render.kruisverwijzingen import Kruisverwijzingen
from interview.render.omgeving import maak_omgeving
from interview.render.zandbak import FILTERS_ZONDER_RISICO, TOEGESTAAN, Zandbak
from interview.sjablonen.bevinding import Bevinding, Ernst
from interview.sjablonen.herstel import ontleed
from interview.sjablonen.lezersvelden import nooit_voor
from interview.sjablonen.plaats import Alinea
from interview.sjablonen.soorten import (
    ONBEKEND,
    is_overzicht,
    item_van,
    kan_leeg_zijn,
    kern,
    model_van,
    naam_van,
    paden_naar,
    velden,
    wortels_voor,
)

DOCXTPL_LETTER = re.compile(r"(\{%|\{\{)(?:p|tr|tc|r)\s")
CELCODES = re.compile(r"\{%\s*(?:cellbg|colspan|vm|hm)\b.*?%\}")
CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
VAN_JINJA = frozenset({"loop", "range", "caller", "varargs", "kwargs", "self"})
"""Names Jinja itself provides inside a template."""
ELDERS = {"lezer": "lezer staat alleen in de professional-, netwerk-, gezins- en kinderversie",
          "brief": "brief staat alleen in de brief bij een nieuwe versie"}
"""Names that only some documents' templates get (soorten.wortels_voor): said as such elsewhere."""
RESULTAAT_IS_INVOER = frozenset({"selectattr", "rejectattr", "sort", "reverse", "unique", "list", "select",
                                 "reject", "batch", "slice"})
RESULTAAT_IS_ITEM = frozenset({"first", "last", "min", "max"})
GEWEIGERDE_FILTERS = frozenset(FILTERS) - FILTERS_ZONDER_RISICO - {"join", "sum"}
"""Jinja's filters the sandbox refuses (see zandbak.py)."""
BEWAAKT = frozenset({"default", "d", "datum", "janee", "length", "count"})
"""Filters that handle an empty value themselves (so an optional field needs no `if` around them)."""


def omgeving() -> Zandbak:
    """The renderer's sandbox with its filters, for parsing only (nothing is rendered here)."""
    return maak_omgeving({}, Kruisverwijzingen(hier=set(), elders={}, relateer=lambda _: ""))


def jinja_tekst(alineas: Sequence[Alinea]) -> str:
    """The part as Jinja would see it after docxtpl's tag letters are removed: one line a paragraph."""
    regels = [CELCODES.sub("", DOCXTPL_LETTER.sub(r"\1 ", a.tekst)).replace("\n", " ") for a in alineas]
    return "\n".join(regels)


@dataclass
class Modeluitslag:
    """The model layer's findings, and the paragraphs whose codes it could not check (a syntax error)."""

    bevindingen: list[Bevinding] = field(default_factory=list)
    niet_nagekeken: list[Alinea] = field(default_factory=list)
    teksten: dict[str, str] = field(default_factory=dict)
    """Per part that parsed (repaired where needed), its text for the proof fill (proef.py)."""


def modelbevindingen(bestand: str, alineas: Mapping[str, Sequence[Alinea]], soort: str = "") -> Modeluitslag:
    """Every unknown field, printed empty field and loop over a non-list, at its Word place.

    A part with a syntax error is repaired first (herstel.py), so the faults after it are found in the
    same run; `soort` (the document, e.g. netwerkversie) gives the names its template starts from and
    the fields its reader never gets.
    """
    uitslag = Modeluitslag()
    zandbak = omgeving()
    for label, deel in alineas.items():
        ontleding = ontleed(zandbak, jinja_tekst(deel).split("\n"))
        for regel, tag, reden in ontleding.verboden:
            uitslag.bevindingen.append(Bevinding(bestand, "fout", f"dit mag niet in een sjabloon: {reden}",
                                                 "niet-toegestaan", tuple(deel[regel - 1].plaats()), tag))
        uitslag.niet_nagekeken += [deel[regel - 1] for regel in ontleding.overgeslagen if regel <= len(deel)
                                   and CODE.search(deel[regel - 1].tekst)]
        if ontleding.boom is None:
            continue
        uitslag.teksten[label] = ontleding.tekst
        wandeling = Wandeling(bestand, deel, set(zandbak.filters), nooit=nooit_voor(soort), document=soort)
        wandeling.bezoek(ontleding.boom, dict(wortels_voor(soort)), frozenset())
        uitslag.bevindingen += wandeling.bevindingen
    return uitslag


@dataclass
class Wandeling:
    """One walk over a parsed part: what each name holds, and what the `if`s around it guard."""

    bestand: str
    alineas: Sequence[Alinea]
    filters: set[str]
    bevindingen: list[Bevinding] = field(default_factory=list)
    gemeld_leeg: set[str] = field(default_factory=set)
    """Optional paths already reported: one finding per field is enough."""
    nooit: Mapping[str, str] = field(default_factory=dict)
    """The paths this document's reader never gets (lezersvelden.py), with the part they belong to."""
    document: str = ""

    def bezoek(self, knoop: nodes.Node, bereik: dict[str, Any], bewaakt: frozenset[str]) -> None:
        """Check `knoop` and below; `bereik` maps names to what they hold, `bewaakt` the guarded paths."""
        if isinstance(knoop, nodes.For):
            self._lus(knoop, bereik, bewaakt)
        elif isinstance(knoop, nodes.If):
            self.soort(knoop.test, bereik, bewaakt, getoetst=True)
            binnen = bewaakt | set(_paden(knoop.test))
            for kind in knoop.body:
                self.bezoek(kind, bereik, binnen)
            for tak in knoop.elif_:
                self.bezoek(tak, bereik, binnen)
            for kind in knoop.else_:
                self.bezoek(kind, bereik, bewaakt)
        elif isinstance(knoop, nodes.With):
            binnen_bereik = dict(bereik)
            for doel, waarde in zip(knoop.targets, knoop.values, strict=False):
                if isinstance(doel, nodes.Name):
                    soort = self.soort(waarde, bereik, bewaakt)
                    binnen_bereik[doel.name] = kern(soort) if _pad(waarde) in bewaakt else soort
            for kind in knoop.body:
                self.bezoek(kind, binnen_bereik, bewaakt)
        elif isinstance(knoop, nodes.Assign):
            soort = self.soort(knoop.node, bereik, bewaakt)
            soort = kern(soort) if _pad(knoop.node) in bewaakt else soort
            for naam in _namen(knoop.target):
                bereik[naam] = soort if isinstance(knoop.target, nodes.Name) else ONBEKEND
        elif isinstance(knoop, nodes.Macro | nodes.CallBlock | nodes.AssignBlock | nodes.FilterBlock):
            binnen_bereik = {**bereik, **{n.name: ONBEKEND for n in knoop.find_all(nodes.Name)
                                          if n.ctx == "param" or n.name not in bereik}}
            if isinstance(knoop, nodes.AssignBlock):
                bereik.update(dict.fromkeys(_namen(knoop.target), ONBEKEND))
            if isinstance(knoop, nodes.Macro):
                bereik[knoop.name] = ONBEKEND
            for kind in knoop.iter_child_nodes():
                self.bezoek(kind, binnen_bereik, bewaakt)
        elif isinstance(knoop, nodes.Output):
            for kind in knoop.nodes:
                if isinstance(kind, nodes.Expr):
                    self._toon(kind, bereik, bewaakt)
        elif isinstance(knoop, nodes.Expr):
            self.soort(knoop, bereik, bewaakt)
        else:
            for kind in knoop.iter_child_nodes():
                self.bezoek(kind, bereik, bewaakt)

    def _lus(self, lus: nodes.For, bereik: dict[str, Any], bewaakt: frozenset[str]) -> None:
        reeks = self.soort(_zonder_teller(lus.iter), bereik, bewaakt)
        item = self._item_van_reeks(lus, reeks)
        binnen = {**bereik, "loop": ONBEKEND}
        for naam in _namen(lus.target):
            binnen[naam] = item if isinstance(lus.target, nodes.Name) else ONBEKEND
        bewaakt_binnen = bewaakt
        if lus.test is not None:  # `for a in lijst if a.veld`: the test guards the body
            self.soort(lus.test, binnen, bewaakt, getoetst=True)
            bewaakt_binnen = bewaakt | set(_paden(lus.test))
        for kind in lus.body:
            self.bezoek(kind, binnen, bewaakt_binnen)
        for kind in lus.else_:
            self.bezoek(kind, bereik, bewaakt)

    def _item_van_reeks(self, lus: nodes.For, reeks: Any) -> Any:
        """What one step of the loop holds; a finding when the loop runs over something else."""
        if reeks is ONBEKEND:
            return ONBEKEND
        item = item_van(reeks)
        if item is not None:
            return item
        if is_overzicht(reeks):
            return str
        pad = _pad(_zonder_teller(lus.iter)) or "dit"
        self._meld(lus, "waarschuwing", "lus-over-geen-lijst",
                   f"{pad} is {naam_van(reeks)}, geen lijst: de lus loopt over "
                   f"{'elke letter' if naam_van(reeks) == 'een tekst' else 'iets wat geen lijst is'}. "
                   "Bedoelt u een lijst (zie vplan sjablonen velden, velden met [])?")
        return ONBEKEND

    def _toon(self, uitdrukking: nodes.Expr, bereik: dict[str, Any], bewaakt: frozenset[str]) -> None:
        """A printed value: an optional field printed bare shows 'None' in a sparse plan."""
        soort = self.soort(uitdrukking, bereik, bewaakt)
        pad = _pad(uitdrukking)
        if soort is not ONBEKEND and kan_leeg_zijn(soort) and pad and pad not in bewaakt | self.gemeld_leeg:
            self.gemeld_leeg.add(pad)
            self._meld(uitdrukking, "fout", "toont-none",
                       f"in een dossier waarin {pad} leeg is, staat hier 'None'; schrijf "
                       f"{{{{ {pad} or '' }}}} of zet er {{% if {pad} %}} … {{% endif %}} omheen")

    def soort(self, knoop: nodes.Node, bereik: dict[str, Any], bewaakt: frozenset[str],
              getoetst: bool = False) -> Any:
        """What the expression `knoop` holds (ONBEKEND if the checker cannot know), checking it."""
        if isinstance(knoop, nodes.Name):
            return self._naam(knoop, bereik)
        if isinstance(knoop, nodes.Getattr):
            return self._veld(knoop, knoop.node, knoop.attr, bereik, bewaakt, getoetst)
        if isinstance(knoop, nodes.Getitem) and isinstance(knoop.arg, nodes.Const) and isinstance(
                knoop.arg.value, str):
            return self._veld(knoop, knoop.node, knoop.arg.value, bereik, bewaakt, getoetst)
        if isinstance(knoop, nodes.Getitem):
            basis = self.soort(knoop.node, bereik, bewaakt)
            self.soort(knoop.arg, bereik, bewaakt)
            item = item_van(basis) if basis is not ONBEKEND else None
            return item if item is not None else ONBEKEND
        if isinstance(knoop, nodes.Filter):
            return self._filter(knoop, bereik, bewaakt)
        if isinstance(knoop, nodes.Test):
            self.soort(knoop.node, bereik, bewaakt, getoetst=True)
            self._kinderen(knoop, bereik, bewaakt, overslaan=knoop.node)
            return bool
        if isinstance(knoop, nodes.And):
            self.soort(knoop.left, bereik, bewaakt, getoetst=True)
            self.soort(knoop.right, bereik, bewaakt | set(_paden(knoop.left)), getoetst=True)
            return ONBEKEND
        if isinstance(knoop, nodes.CondExpr):
            self.soort(knoop.test, bereik, bewaakt, getoetst=True)
            self.soort(knoop.expr1, bereik, bewaakt | set(_paden(knoop.test)))
            if knoop.expr2 is not None:
                self.soort(knoop.expr2, bereik, bewaakt)
            return ONBEKEND
        if isinstance(knoop, nodes.Or | nodes.Not | nodes.Compare):
            self._kinderen(knoop, bereik, bewaakt, getoetst=True)
            return bool
        if isinstance(knoop, nodes.Const):
            return type(knoop.value)
        self._kinderen(knoop, bereik, bewaakt)
        return ONBEKEND

    def _kinderen(self, knoop: nodes.Node, bereik: dict[str, Any], bewaakt: frozenset[str],
                  getoetst: bool = False, overslaan: nodes.Node | None = None) -> None:
        for kind in knoop.iter_child_nodes():
            if kind is not overslaan:
                self.soort(kind, bereik, bewaakt, getoetst)

    def _naam(self, knoop: nodes.Name, bereik: dict[str, Any]) -> Any:
        if knoop.name in bereik:
            return bereik[knoop.name]
        if knoop.name in VAN_JINJA:
            return ONBEKEND
        if knoop.name in ELDERS:
            self._meld(knoop, "fout", "onbekende-naam", f"'{knoop.name}' bestaat niet in dit sjabloon; "
                       f"{ELDERS[knoop.name]}")
            return ONBEKEND
        bekend = [*bereik, *VAN_JINJA]
        gelijkend = difflib.get_close_matches(knoop.name, bekend, n=1)
        hint = f"; bedoelt u {gelijkend[0]}?" if gelijkend else (
            f"; bedoelt u {paden_naar(knoop.name)[0]}?" if paden_naar(knoop.name) else
            "; een sjabloon begint bij plan, dossier, veiligheidsplan, ondersteuningsplan of personen")
        self._meld(knoop, "fout", "onbekende-naam", f"'{knoop.name}' is hier niet bekend{hint}")
        return ONBEKEND

    def _veld(self, knoop: nodes.Expr, basis_knoop: nodes.Node, naam: str, bereik: dict[str, Any],
              bewaakt: frozenset[str], getoetst: bool) -> Any:
        """`basis.naam`: a field of a record, a listed method of a value, or a finding."""
        basis = self.soort(basis_knoop, bereik, bewaakt)
        if basis is ONBEKEND or is_overzicht(basis):
            return ONBEKEND
        model = model_van(basis)
        pad = _pad(basis_knoop)
        onbewaakt = bool(pad) and pad not in bewaakt | self.gemeld_leeg and not getoetst
        if model is not None:
            if kan_leeg_zijn(basis) and onbewaakt:
                self.gemeld_leeg.add(pad or "")
                self._meld(knoop, "fout", "leeg-veld-zonder-if",
                           f"{pad} kan leeg zijn, en dan stopt het maken van het document hier; zet er "
                           f"{{%p if {pad} %}} … {{%p endif %}} omheen")
            if naam in velden(model):
                return self._voor_deze_lezer(knoop, pad, naam, velden(model)[naam], getoetst)
            self._onbekend_veld(knoop, model.__name__, pad, naam, velden(model))
            return ONBEKEND
        if item_van(basis) is not None:
            self._meld(knoop, "fout", "veld-van-lijst",
                       f"{pad or 'dit'} is een lijst; '{naam}' staat bij elk item. Gebruik een lus: "
                       f"{{%p for x in {pad or '…'} %}}{{{{ x.{naam} }}}}{{%p endfor %}}")
            return ONBEKEND
        if kan_leeg_zijn(basis) and onbewaakt:
            self.gemeld_leeg.add(pad or "")
            self._meld(knoop, "fout", "methode-op-leeg-veld",
                       f"{pad} kan leeg zijn, en een leeg veld heeft geen '{naam}': het maken van het "
                       f"document stopt dan. Zet er {{% if {pad} %}} … {{% endif %}} omheen of schrijf "
                       f"({pad} or '').{naam}")
            return ONBEKEND
        if not _mag_lezen(kern(basis), naam):
            self._meld(knoop, "fout", "onbekend-veld",
                       f"{pad or 'dit'} is {naam_van(basis)}; die heeft geen '{naam}'")
        return ONBEKEND

    def _voor_deze_lezer(self, knoop: nodes.Expr, pad: str | None, naam: str, soort: Any,
                         getoetst: bool) -> Any:
        """The field's kind, or a finding when this document's reader never gets it (lezersvelden.py)."""
        volledig = f"{pad}.{naam}".removeprefix("plan.") if pad else naam
        onderdeel = self.nooit.get(volledig)
        if onderdeel is None or getoetst:
            return soort
        wat = f"het onderdeel '{onderdeel}'" if "," in onderdeel or "(" in onderdeel else f"de {onderdeel}"
        self._meld(knoop, "fout", "veld-niet-voor-lezer",
                   f"de {self.document} krijgt {wat} nooit (zie 'Wie ziet wat' in de README); haal "
                   f"{pad}.{naam} uit dit sjabloon; een {{%p if %}} eromheen verbergt de regel in elk "
                   "document")
        return ONBEKEND

    def _onbekend_veld(self, knoop: nodes.Expr, model: str, pad: str | None, naam: str,
                       bekend: Mapping[str, Any]) -> None:
        gelijkend = difflib.get_close_matches(naam, list(bekend), n=1)
        if gelijkend:
            hint = f"; bedoelt u {pad}.{gelijkend[0]}?" if pad else f"; bedoelt u {gelijkend[0]}?"
        elif paden_naar(naam):
            hint = f"; bedoelt u {paden_naar(naam)[0]}?"
        else:
            hint = "; zie vplan sjablonen velden"
        wie = "het plan" if model == "Plan" else f"een {model.lower()}"
        self._meld(knoop, "fout", "onbekend-veld", f"{wie} heeft geen veld '{naam}'{hint}")

    def _filter(self, knoop: nodes.Filter, bereik: dict[str, Any], bewaakt: frozenset[str]) -> Any:
        if knoop.name in GEWEIGERDE_FILTERS:
            self._meld(knoop, "fout", "geweigerd-filter",
                       f"het filter '{knoop.name}' mag niet in een sjabloon (zie vplan sjablonen velden "
                       "voor de filters die wel kunnen)")
        elif knoop.name not in self.filters:
            bekend = sorted(self.filters - GEWEIGERDE_FILTERS)
            gelijkend = difflib.get_close_matches(knoop.name, bekend, n=1, cutoff=0.6)
            self._meld(knoop, "fout", "onbekend-filter",
                       f"het filter '{knoop.name}' bestaat niet; "
                       + (f"bedoelt u {gelijkend[0]}?" if gelijkend else "zie vplan sjablonen velden"))
        invoer = ONBEKEND
        if knoop.node is not None:
            invoer = self.soort(knoop.node, bereik, bewaakt | (set(_paden(knoop.node))
                                                                 if knoop.name in BEWAAKT else set()),
                                getoetst=knoop.name in BEWAAKT)
        for argument in (*knoop.args, *(k.value for k in knoop.kwargs)):
            self.soort(argument, bereik, bewaakt)
        if invoer is ONBEKEND:
            return ONBEKEND
        if knoop.name in RESULTAAT_IS_INVOER:
            return invoer
        if knoop.name in RESULTAAT_IS_ITEM:
            return item_van(invoer) or ONBEKEND
        if knoop.name in ("default", "d"):
            return kern(invoer)
        return ONBEKEND

    def _meld(self, knoop: nodes.Node, ernst: Ernst, soort: str, bericht: str) -> None:
        alinea = self.alineas[knoop.lineno - 1] if 0 < knoop.lineno <= len(self.alineas) else None
        plaats = tuple(alinea.plaats()) if alinea else ()
        code = _code_in(alinea.tekst, _pad(knoop) or getattr(knoop, "name", "") or "") if alinea else ""
        bevinding = Bevinding(self.bestand, ernst, bericht, soort, plaats, code)
        if bevinding not in self.bevindingen:
            self.bevindingen.append(bevinding)


def _namen(doel: nodes.Node) -> list[str]:
    """The names a `for`, `set` or `with` target binds (a name, or a tuple of names)."""
    return [n.name for n in (doel, *doel.find_all(nodes.Name)) if isinstance(n, nodes.Name)]


def _zonder_teller(reeks: nodes.Node) -> nodes.Node:
    """A loop's own sequence, without the sandbox's step counter wrapped around it (zandbak.py)."""
    if (isinstance(reeks, nodes.Call) and isinstance(reeks.node, nodes.EnvironmentAttribute)
            and reeks.node.name == "herhaal" and reeks.args):
        return reeks.args[0]
    return reeks


def _mag_lezen(soort: Any, naam: str) -> bool:
    """Whether the sandbox lets a template read `naam` on a value of this kind (see TOEGESTAAN)."""
    if typing.get_origin(soort) is Literal:
        soort = str
    if not isinstance(soort, type):
        return True
    for kind, _, toegestaan in TOEGESTAAN:
        if issubclass(soort, kind):
            return naam in toegestaan
    return True


def _pad(knoop: nodes.Node) -> str | None:
    """`dossier.meldcode.stap` for a chain of names and fields; None for anything else."""
    if isinstance(knoop, nodes.Name):
        return knoop.name
    if isinstance(knoop, nodes.Getattr):
        basis = _pad(knoop.node)
        return f"{basis}.{knoop.attr}" if basis else None
    if isinstance(knoop, nodes.Getitem) and isinstance(knoop.arg, nodes.Const):
        basis = _pad(knoop.node)
        return f"{basis}.{knoop.arg.value}" if basis else None
    return None


def _paden(knoop: nodes.Node) -> Iterator[str]:
    """Every path an `if` test names, and each shorter path before it: all count as guarded."""
    for deel in (knoop, *knoop.find_all((nodes.Getattr, nodes.Name, nodes.Getitem))):
        pad = _pad(deel)
        if pad:
            yield pad


def _code_in(tekst: str, pad: str) -> str:
    """The `{{ }}` or `{% %}` in the paragraph that mentions `pad` (else the first), for the report."""
    codes: list[str] = CODE.findall(tekst)
    laatste = pad.rsplit(".", 1)[-1]
    for code in codes:
        if pad and pad in code:
            return code
    for code in codes:
        if laatste and laatste in code:
            return code
    return codes[0] if codes else tekst.strip()[:60]
