"""The card on screen: every field of a list item or a group on one prompt_toolkit form.

Imported only when a card is shown. Enter or Tab goes to the next field, Shift-Tab or arrow up to
the previous one; Enter on the last field closes the card, Tab there does not. Ctrl-N closes the
card with the fields not reached as shown (their defaults), Ctrl-D too and ends its list: a field
the family has nothing for costs no key (issue 19). Each field
(`kaartveld.Veld`) is checked
with the engine's own Dutch message when the worker leaves it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from prompt_toolkit.application import Application, run_in_terminal
from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.layout import (
    ConditionalContainer,
    Float,
    FloatContainer,
    HSplit,
    Layout,
    ScrollablePane,
    ScrollOffsets,
    VSplit,
    Window,
)
from prompt_toolkit.layout.controls import FormattedTextControl
from prompt_toolkit.layout.menus import CompletionsMenu
from prompt_toolkit.styles import Style

from interview.conduct.antwoordcontrole import OngeldigAntwoord
from interview.conduct.kaartveld import Veld
from interview.conduct.keuzelijst import selecteer
from interview.conduct.prompter import HULP_WOORD, TERUG, TERUG_WOORD, KaartStelling, Laatste, Opdracht, Terug

if TYPE_CHECKING:
    from prompt_toolkit.input import Input
    from prompt_toolkit.key_binding import KeyPressEvent
    from prompt_toolkit.output import Output


KLAAR = object()
"""What the card returns when the list is done (an empty card, Ctrl-D)."""
KAART_UITLEG = ("Enter of Tab = volgend veld, Shift-Tab of ↑ = vorig veld, Enter in het laatste veld = "
                "kaart klaar; Ctrl-N = kaart klaar, de rest zoals getoond. "
                "Ctrl-C = stoppen: alles voor deze kaart is bewaard, deze kaart niet.")
LEEG_UITLEG = ("Ctrl-D = deze kaart klaar en de lijst ook (op de lege kaart, of twee keer Enter in het lege "
               "eerste veld: lijst klaar).")
NOG_EEN_ENTER = "{vraag} Nog een keer Enter = nee, lijst klaar; of vul het veld in."
KORT_UITLEG = f"Enter/Tab = volgend veld, Shift-Tab = vorig, Ctrl-N = kaart klaar, {HULP_WOORD} = opdrachten"
KORT_LEEG_UITLEG = "Ctrl-D = lijst klaar"
OPDRACHTEN_UITLEG = f"In een veld: {TERUG_WOORD} = terug, {HULP_WOORD} = opdrachten."
_STIJL = Style.from_dict({
    "kop": "bold", "uitleg": "italic", "label": "bold", "hint": "#888888", "fout": "#ff4444 bold",
    "veld": "underline",
})


class Kaartscherm:
    """One card on screen until it is done; `toon` returns what `Prompter.vul_kaart` returns."""

    def __init__(self, kaart: KaartStelling, *, kort: bool = False, input: Input | None = None,
                 output: Output | None = None) -> None:
        """`kort`: the keys were explained on an earlier card, one line reminds of them."""
        self.kaart, self.kort = kaart, kort
        self.velden = [Veld(stelling) for stelling in kaart.velden]
        self.woorden: dict[str, Opdracht] = {opdracht.woord: opdracht for opdracht in kaart.opdrachten}
        for veld in self.velden:
            veld.fout = kaart.fouten.get(veld.pad, "")
        self.zichtbaar = kaart.zichtbaar(self.waarden())
        self.klaar_gevraagd = False
        self.verlaten = False
        """Whether the worker left a field of this card with Enter or Tab: the card is being filled."""
        self.huidig = next((i for i, veld in enumerate(self.velden) if veld.pad in self.zichtbaar), 0)
        selecteer(self.velden[self.huidig].buffer)
        self.app: Application[Any] = Application(
            layout=Layout(self.opbouw(), focused_element=self.velden[self.huidig].venster),
            key_bindings=self.toetsen(), style=_STIJL, input=input, output=output, full_screen=False,
            erase_when_done=False,
        )

    def toon(self) -> dict[str, Any] | Laatste | Terug | Opdracht | None:
        uitkomst = self.app.run(pre_run=lambda: self.toon_keuzes(self.velden[self.huidig]))
        return None if uitkomst is KLAAR else uitkomst

    def opbouw(self) -> FloatContainer:
        kop = self.kaart.kop.strip()
        regels: list[Any] = [self.tekstvak(lambda: [("class:kop", kop)])] if kop else []
        regels.append(self.tekstvak(self.uitleg))
        velden = HSplit([ConditionalContainer(self.veldblok(index, veld), filter=self.getoond(veld))
                         for index, veld in enumerate(self.velden)])
        # A card taller than the terminal scrolls, keeping the field being filled and its label in view.
        regels.append(ScrollablePane(velden, scroll_offsets=ScrollOffsets(top=3, bottom=2),
                                     show_scrollbar=Condition(lambda: self.te_hoog(velden))))
        regels.append(self.tekstvak(lambda: [("class:hint", self.hulp())]))
        return FloatContainer(HSplit(regels), floats=[
            Float(xcursor=True, ycursor=True, content=CompletionsMenu(max_height=8, scroll_offset=1))])

    def te_hoog(self, velden: HSplit) -> bool:
        """Whether the fields need more lines than the terminal leaves them (about: the lines above
        and below them are counted as eight)."""
        maat = self.app.output.get_size()
        return velden.preferred_height(maat.columns, 10_000).preferred + 8 > maat.rows

    def getoond(self, veld: Veld) -> Condition:
        """Whether `veld` is on the card now: its condition holds with the answers on it."""
        return Condition(lambda: veld.pad in self.zichtbaar)

    def tekstvak(self, delen: Callable[[], list[tuple[str, str]]], inspringen: int = 0) -> Window:
        """Text folded at word boundaries to the terminal's width (prompt_toolkit folds mid-word)."""
        def gevouwen() -> FormattedText:
            breedte = max(20, self.app.output.get_size().columns - 1 - inspringen)
            return FormattedText(_vouw(delen(), breedte, inspringen))

        return Window(FormattedTextControl(gevouwen), dont_extend_height=True)

    def uitleg(self) -> list[tuple[str, str]]:
        """The keys of the card: in full on the first card, in one line after that."""
        leeg = self.kaart.lijst
        if self.kort:
            return [("class:uitleg", f"({KORT_UITLEG}{', ' + KORT_LEEG_UITLEG if leeg else ''})")]
        return [("class:uitleg", f"{KAART_UITLEG}{' ' + LEEG_UITLEG if leeg else ''} {OPDRACHTEN_UITLEG}")]

    def hulp(self) -> str:
        """Why the field being filled matters here and its help, under the card."""
        if not self.velden:
            return ""
        veld = self.velden[self.huidig]
        waarom = self.kaart.waarom(veld.pad, self.waarden())
        hulp = f"Uitleg: {veld.stelling.vraag.hulp}" if veld.stelling.vraag.hulp else ""
        return "\n".join(deel for deel in (waarom, hulp) if deel)

    def veldblok(self, index: int, veld: Veld) -> HSplit:
        label = self.tekstvak(lambda: [
            ("class:label", ("▶ " if index == self.huidig else "  ") + veld.stelling.vraag.tekst + " "),
            ("class:hint", veld.hint())], inspringen=2)
        fout = ConditionalContainer(self.tekstvak(lambda: [("class:fout", f"    {veld.fout}")], inspringen=4),
                                    filter=Condition(lambda: bool(veld.fout)))
        teken = Window(FormattedTextControl("  > "), width=4, dont_extend_height=True)
        invoer = VSplit([teken, veld.venster])
        return HSplit([label, invoer, fout])

    def waarden(self) -> dict[str, Any]:
        """The answers on the card so far that read as answers (a bad one counts as empty)."""
        waarden: dict[str, Any] = {}
        for veld in self.velden:
            try:
                waarden[veld.pad] = veld.waarde()
            except OngeldigAntwoord:
                waarden[veld.pad] = None
        return waarden

    def toetsen(self) -> KeyBindings:
        toetsen = KeyBindings()
        geen_menu = Condition(lambda: self.app.current_buffer.complete_state is None)

        @toetsen.add("enter", filter=geen_menu)
        def _verder(event: KeyPressEvent) -> None:
            self.verder()

        @toetsen.add("tab", filter=geen_menu)
        def _keuzes_of_verder(event: KeyPressEvent) -> None:
            """The hint says 'kies met Tab': on an empty choice field Tab opens the choices. Tab never
            ends the list; only Enter or Ctrl-D does."""
            veld = self.velden[self.huidig]
            if veld.kiezen and not veld.vinken and not veld.buffer.text.strip():
                veld.buffer.start_completion(select_first=True)
                return
            if self.volgende() is None:
                self.controleer(veld)  # Tab never closes a card: a stray Tab saved half a name (issue 19)
                return
            self.verder(mag_eindigen=False)

        @toetsen.add("enter", filter=~geen_menu)
        def _kies(event: KeyPressEvent) -> None:
            """Take the choice highlighted in the menu (if any) and go on: one Enter finishes the field."""
            buffer = event.current_buffer
            gekozen = buffer.complete_state.current_completion if buffer.complete_state else None
            if gekozen is not None:
                buffer.apply_completion(gekozen)
            buffer.cancel_completion()
            self.verder(mag_eindigen=gekozen is None)

        @toetsen.add("tab", filter=~geen_menu)
        def _volgende_keuze(event: KeyPressEvent) -> None:
            event.current_buffer.complete_next()

        @toetsen.add("s-tab")
        @toetsen.add("up", filter=geen_menu)
        def _terug(event: KeyPressEvent) -> None:
            self.ga_naar(self.vorige())

        @toetsen.add("escape", "enter")
        def _nieuwe_regel(event: KeyPressEvent) -> None:
            if event.current_buffer.multiline():
                event.current_buffer.newline(copy_margin=False)

        @toetsen.add("c-d")
        def _lijst_klaar(event: KeyPressEvent) -> None:
            """An empty list card ends the list; a card being filled is kept (the rest as shown) and
            ends it too; a card of a group is closed."""
            if self.kaart.vervolg is not None and not self.bewerkt():
                self.klaar()
            else:
                self.sluit(laatste=self.kaart.lijst)

        @toetsen.add("c-n")
        def _kaart_klaar(event: KeyPressEvent) -> None:
            self.sluit()

        @toetsen.add("c-c")
        def _stop(event: KeyPressEvent) -> None:
            event.app.exit(exception=KeyboardInterrupt())

        return toetsen

    def verder(self, *, mag_eindigen: bool = True) -> None:
        """Leave the current field: a command runs; a fitting answer moves on or closes the card.
        `mag_eindigen`: an empty first field may end the list (Enter, not Tab)."""
        veld = self.velden[self.huidig]
        tekst = veld.buffer.text.strip()
        if tekst == TERUG_WOORD:
            veld.herstel()
            vorige = self.vorige()
            if vorige == self.huidig:
                self.kaart.bewaar_concept(
                    {pad: waarde for pad, waarde in self.waarden().items() if waarde not in (None, [])})
                self.app.exit(result=TERUG)
            self.ga_naar(vorige)
            return
        if tekst in self.woorden:
            veld.herstel()
            veld.fout = ""  # the message was about the text the command replaced
            run_in_terminal(self.woorden[tekst].doe)
            return
        if mag_eindigen and self.leeg_begin(veld):
            self.bevestig_klaar(veld)
            return
        if not self.controleer(veld):
            return
        self.verlaten = True
        self.vul_standaarden()  # what Ctrl-N would keep is on screen before it is pressed
        volgende = self.volgende()
        if volgende is None:
            self.sluit()
        else:
            self.ga_naar(volgende)

    def klaar(self) -> None:
        """The list is done: the empty card leaves the screen, as it holds nothing."""
        self.app.erase_when_done = True
        self.app.exit(result=KLAAR)

    def bevestig_klaar(self, veld: Veld) -> None:
        """Enter on the empty first field asks first: one Enter too many (after closing the card
        before) must not end a list unseen; the second Enter ends it."""
        if self.klaar_gevraagd:
            self.klaar()
            return
        assert self.kaart.vervolg is not None  # leeg_begin holds only on a card that may stay empty
        self.klaar_gevraagd = True
        veld.fout = NOG_EEN_ENTER.format(vraag=self.kaart.vervolg.vraag.tekst)

    def leeg_begin(self, veld: Veld) -> bool:
        """Enter on an empty required first field of a card that may stay empty: the list is done."""
        return (self.kaart.vervolg is not None and veld is self.eerste() and veld.stelling.vraag.verplicht
                and not any(v.buffer.text.strip() for v in self.velden))

    def controleer(self, veld: Veld) -> bool:
        """Check one field with the engine's message; the message stays beside it until it fits."""
        try:
            melding = self.kaart.controle(veld.pad, veld.waarde())
        except OngeldigAntwoord as fout:
            melding = fout.melding
        veld.fout = melding or ""
        if melding is None and veld.kiezen:
            veld.zet(veld.waarde())  # 'moe' becomes 'moeder' on screen
        return melding is None

    def bewerkt(self) -> bool:
        """Whether the worker typed on this card or went past a field: Ctrl-D then keeps it."""
        return self.verlaten or any(veld.aangeraakt for veld in self.velden)

    def vul_standaarden(self) -> None:
        """Fields nobody touched show the default the card's answers give now (a fase follows what
        the afspraak serves), in order, as a later field's default may follow an earlier one; and
        the fields the answers show."""
        for veld in self.velden:
            if not veld.aangeraakt:
                veld.zet(self.kaart.standaard(veld.pad, self.waarden()))
            self.zichtbaar = self.kaart.zichtbaar(self.waarden())

    def sluit(self, *, laatste: bool = False) -> None:
        """Close the card when every visible field fits, the untouched ones with their defaults;
        otherwise go to the first that does not. `laatste`: the card ends its list too."""
        self.vul_standaarden()
        for veld in self.velden:
            if veld.pad in self.zichtbaar and not self.controleer(veld):
                self.ga_naar(self.velden.index(veld))
                return
        waarden = {pad: waarde for pad, waarde in self.waarden().items() if pad in self.zichtbaar}
        self.app.exit(result=Laatste(waarden) if laatste else waarden)

    def eerste(self) -> Veld | None:
        return next((veld for veld in self.velden if veld.pad in self.zichtbaar), None)

    def volgende(self) -> int | None:
        later = range(self.huidig + 1, len(self.velden))
        return next((i for i in later if self.velden[i].pad in self.zichtbaar), None)

    def vorige(self) -> int:
        return next((i for i in range(self.huidig - 1, -1, -1) if self.velden[i].pad in self.zichtbaar),
                    self.huidig)

    def ga_naar(self, index: int) -> None:
        """Focus field `index`; a field nobody touched shows the default the card's answers give now."""
        self.huidig = index
        veld = self.velden[index]
        if not veld.aangeraakt:
            veld.zet(self.kaart.standaard(veld.pad, self.waarden()))
        self.app.layout.focus(veld.venster)
        veld.onthoud()
        selecteer(veld.buffer)
        self.toon_keuzes(veld)

    @staticmethod
    def toon_keuzes(veld: Veld) -> None:
        """An empty choice field shows the list to choose from, on a new card too."""
        if veld.kiezen and not veld.vinken and not veld.buffer.text:
            veld.buffer.start_completion(select_first=False)



def _vouw(delen: list[tuple[str, str]], breedte: int, inspringen: int) -> list[tuple[str, str]]:
    """(style, text) parts folded at word boundaries to `breedte`, folded lines indented; each
    word keeps the style of its part, the first part its leading spaces, and a newline in the
    text starts a new line."""
    begin = delen[0][1][:len(delen[0][1]) - len(delen[0][1].lstrip(" "))] if delen else ""
    uit: list[tuple[str, str]] = [("", begin)] if begin else []
    kolom = len(begin)
    regelbegin = kolom
    for stijl, tekst in delen:
        for nummer, regel in enumerate(tekst.split("\n")):
            if nummer:
                uit.append(("", "\n"))
                kolom = regelbegin = 0
            for woord in regel.split(" "):
                if not woord:
                    continue
                if kolom > regelbegin and kolom + 1 + len(woord) > breedte:
                    uit.append(("", "\n" + " " * inspringen))
                    kolom = regelbegin = inspringen
                elif kolom > regelbegin:
                    uit.append((stijl, " "))  # in the word's style: a style change would split the text
                    kolom += 1
                uit.append((stijl, woord))
                kolom += len(woord)
    return uit
