"""One field of a card: its question, its text, and how the text becomes an answer (and back).

Choice fields complete from their labels and accept nothing else; several choices are separated
by commas, and a label may hold a comma itself. Several persons are ticked in a checkbox row
instead (issue 19): a typed comma list let a stray Tab save half a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from prompt_toolkit.buffer import Buffer
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.layout import Window
from prompt_toolkit.layout.controls import BufferControl, FormattedTextControl
from prompt_toolkit.layout.dimension import Dimension

from interview.conduct.antwoordcontrole import (
    DATUM_VOORBEELDEN,
    SCHAAL_NUL,
    SCHAAL_TIEN,
    OngeldigAntwoord,
    datum_voor_mensen,
    lees_schaal,
)

if TYPE_CHECKING:
    from prompt_toolkit.key_binding import KeyPressEvent

    from interview.conduct.prompter import Vraagstelling

GEEN_KEUZE = "'{tekst}' staat niet in de lijst; typ een deel en kies met Tab of de pijltjes."
MEER_KEUZES = "'{tekst}' past bij meer keuzes ({keuzes}); typ meer letters of kies met Tab."
_SOORTEN_MET_KEUZES = ("keuze", "meerkeuze", "persoon", "personen", "janee")
_MEER = ("meerkeuze", "personen")


class _Keuzeaanvuller(Completer):
    """Completes a choice field from its labels (any part of a label matches); in a field with
    several choices only the part after the last comma."""

    def __init__(self, labels: Iterable[str], meer: bool) -> None:
        self.labels, self.meer = tuple(labels), meer

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        tekst = document.text_before_cursor
        deel = tekst.rsplit(",", 1)[-1] if self.meer else tekst
        zoek = deel.strip().casefold()
        for label in self.labels:
            if zoek in label.casefold():
                yield Completion(label, start_position=-len(deel.lstrip()) if deel.strip() else 0)


class Veld:
    """One field on the card: its question, its text, and how text becomes an answer."""

    def __init__(self, stelling: Vraagstelling) -> None:
        self.stelling = stelling
        vraag = stelling.vraag
        self.janee = vraag.soort == "janee"
        self.keuzes: tuple[tuple[str, str], ...] = (
            (("ja", "Ja"), ("nee", "Nee")) if self.janee else stelling.keuzes)
        self.meer = vraag.soort in _MEER
        self.kiezen = vraag.soort in _SOORTEN_MET_KEUZES and bool(self.keuzes)
        self.vinken = vraag.soort == "personen" and self.kiezen
        self.cursor, self.zoek = 0, ""
        aanvuller = _Keuzeaanvuller((label for _, label in self.keuzes), self.meer) if self.kiezen else None
        self.buffer = Buffer(multiline=vraag.soort == "lang", completer=aanvuller,
                             complete_while_typing=self.kiezen)
        self.fout = ""
        self.aangeraakt = False
        self.zetten = False
        self.zet(stelling.standaard)
        self.bij_binnenkomst = (self.buffer.text, False)
        self.buffer.on_text_changed += lambda _: self.raak_aan()
        controle = (FormattedTextControl(self.vinkregel, focusable=True, key_bindings=self.vinktoetsen())
                    if self.vinken else BufferControl(self.buffer))
        self.venster = Window(controle, height=Dimension(min=1, max=6), wrap_lines=True,
                              style="class:veld", dont_extend_height=True)

    def aangevinkt(self) -> set[str]:
        """The values ticked in a checkbox row (its text is always a list of whole labels)."""
        try:
            return set(self.meerdere(self.buffer.text))
        except OngeldigAntwoord:
            return set()

    def vinkregel(self) -> StyleAndTextTuples:
        """'[x] Sandra  [ ] Peter …', the name under the cursor highlighted."""
        gekozen = self.aangevinkt()
        regel: StyleAndTextTuples = []
        for nummer, (waarde, label) in enumerate(self.keuzes):
            stijl = "reverse" if nummer == self.cursor else ""
            if nummer:
                regel.append(("", "  "))
            if nummer == self.cursor:
                regel.append(("[SetCursorPosition]", ""))
            regel.append((stijl, f"[{'x' if waarde in gekozen else ' '}] {label}"))
        return regel

    def vink(self, nummer: int) -> None:
        """Tick or untick one name; the text keeps the list's order."""
        gekozen = self.aangevinkt() ^ {self.keuzes[nummer][0]}
        self.buffer.text = ", ".join(label for waarde, label in self.keuzes if waarde in gekozen)

    def vinktoetsen(self) -> KeyBindings:
        """Arrows move along the names, space ticks, a letter jumps to the next name it starts."""
        toetsen = KeyBindings()

        @toetsen.add("right")
        def _rechts(event: KeyPressEvent) -> None:
            self.cursor = min(self.cursor + 1, len(self.keuzes) - 1)

        @toetsen.add("left")
        def _links(event: KeyPressEvent) -> None:
            self.cursor = max(self.cursor - 1, 0)

        @toetsen.add(" ")
        def _vink(event: KeyPressEvent) -> None:
            self.vink(self.cursor)
            self.zoek = ""

        @toetsen.add("backspace")
        def _wis(event: KeyPressEvent) -> None:
            self.zoek = self.zoek[:-1]

        @toetsen.add("<any>")
        def _zoek(event: KeyPressEvent) -> None:
            if event.data.isalnum():
                self.spring(self.zoek + event.data.casefold())

        return toetsen

    def spring(self, zoek: str) -> None:
        """Typing searches the names (spaces left out, as space ticks): the first name from the
        cursor on that starts with what is typed, else one that holds it; nothing found, the
        search starts again from the last key."""
        aantal = len(self.keuzes)
        volgorde = [(self.cursor + stap) % aantal for stap in range(aantal)]
        namen = {n: self.keuzes[n][1].casefold().replace(" ", "") for n in volgorde}
        gevonden = next((n for n in volgorde if namen[n].startswith(zoek)), None)
        if gevonden is None:
            gevonden = next((n for n in volgorde if zoek in namen[n]), None)
        if gevonden is None and len(zoek) > 1:
            self.zoek = ""
            self.spring(zoek[-1])
            return
        self.zoek = zoek if gevonden is not None else ""
        self.cursor = self.cursor if gevonden is None else gevonden

    @property
    def pad(self) -> str:
        return self.stelling.pad

    def raak_aan(self) -> None:
        """The worker changed the text: a default the card computes no longer replaces it."""
        self.aangeraakt = self.aangeraakt or not self.zetten

    def onthoud(self) -> None:
        """The worker enters the field: remember its text, for a command typed over it."""
        self.bij_binnenkomst = (self.buffer.text, self.aangeraakt)

    def herstel(self) -> None:
        """A command was typed in the field: it holds again what it held before, as no answer was typed."""
        tekst, self.aangeraakt = self.bij_binnenkomst
        self.zetten = True
        self.buffer.set_document(Document(tekst), bypass_readonly=True)
        self.zetten = False

    def zet(self, waarde: Any) -> None:
        """Show `waarde` (an answer as stored) as the worker would type it."""
        self.zetten = True
        self.buffer.set_document(Document(self.als_tekst(waarde)), bypass_readonly=True)
        self.zetten = False

    def als_tekst(self, waarde: Any) -> str:
        if waarde is None:
            return ""
        labels = dict(self.keuzes)
        if self.janee and isinstance(waarde, bool):
            return "Ja" if waarde else "Nee"
        if isinstance(waarde, list):
            return ", ".join(labels.get(str(w), str(w)) for w in waarde)
        if self.stelling.vraag.soort == "datum":
            try:
                return datum_voor_mensen(str(waarde))
            except ValueError:
                return str(waarde)
        return labels.get(str(waarde), str(waarde))

    def waarde(self) -> Any:
        """The answer the text stands for (None when empty); OngeldigAntwoord when a choice is not
        in the list or a score is no score."""
        tekst = self.buffer.text.strip()
        if not tekst:
            return [] if self.meer and self.kiezen else None
        soort = self.stelling.vraag.soort
        if soort == "schaal":
            return lees_schaal(tekst)
        if not self.kiezen:
            return tekst
        if self.meer:
            return self.meerdere(tekst)
        gekozen = self.keuze(tekst)
        return gekozen == "ja" if self.janee else gekozen

    def meerdere(self, tekst: str) -> list[str]:
        """The values of the labels typed with commas between them. A label may hold a comma
        itself (a statement from a session), so whole labels are taken first, longest first."""
        labels = sorted(self.keuzes, key=lambda paar: -len(paar[1]))
        gekozen: list[str] = []
        rest = tekst.strip(" ,")
        while rest:
            heel = next((paar for paar in labels if _begint_met_label(rest, paar[1])), None)
            if heel is not None:
                gekozen.append(heel[0])
                rest = rest[len(heel[1]):].strip(" ,")
                continue
            deel, _, rest = rest.partition(",")
            gekozen.append(self.keuze(deel.strip()))
            rest = rest.strip(" ,")
        return gekozen

    def keuze(self, tekst: str) -> str:
        """The value of the label typed (any case), or of the one label that contains it;
        OngeldigAntwoord when none or several do."""
        zoek = tekst.casefold()
        for waarde, label in self.keuzes:
            if zoek in (label.casefold(), waarde.casefold()):
                return waarde
        passend = [(waarde, label) for waarde, label in self.keuzes if zoek in label.casefold()]
        if len(passend) == 1:
            return passend[0][0]
        if passend:
            labels = ", ".join(f"'{label}'" for _, label in passend[:5])  # a label may hold a comma
            raise OngeldigAntwoord(MEER_KEUZES.format(tekst=tekst, keuzes=labels))
        raise OngeldigAntwoord(GEEN_KEUZE.format(tekst=tekst))

    def hint(self) -> str:
        """The expected form beside the label."""
        vraag = self.stelling.vraag
        delen = ["verplicht" if vraag.verplicht else "mag leeg"]
        if vraag.soort == "datum":
            delen.append(f"datum, zoals {DATUM_VOORBEELDEN}")
        elif vraag.soort == "schaal":
            delen.append("0 tot en met 10" if vraag.hulp else f"0 = {SCHAAL_NUL}; 10 = {SCHAAL_TIEN}")
        elif self.vinken:
            delen.append("pijltjes ←/→ of letters typen = naam zoeken, spatie = aan/uit"
                         + (f"; leeg = {vraag.leeg}" if vraag.leeg else ""))
        elif self.kiezen and self.meer:
            meer = "namen" if vraag.soort == "personen" else "keuzes"
            delen.append(f"kies met Tab, meer {meer} met een komma ertussen"
                         + (f"; leeg = {vraag.leeg}" if vraag.leeg else ""))
        elif self.kiezen:
            delen.append("Ja of Nee" if self.janee else "kies met Tab of typ een deel")
        elif vraag.soort == "lang":
            delen.append("Enter = volgend veld; nieuwe regel: Esc en dan Enter")
        return f"({'; '.join(delen)})"


def _begint_met_label(tekst: str, label: str) -> bool:
    """Whether `tekst` starts with the whole of `label` (any case), then ends or has a comma."""
    if not tekst.casefold().startswith(label.casefold()):
        return False
    na = tekst[len(label):].lstrip()
    return not na or na.startswith(",")
