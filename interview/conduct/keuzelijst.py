"""Search and colon commands in questionary's select and checkbox lists, and an earlier answer
that typing replaces in its text prompts. Imported only when a question is asked."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from prompt_toolkit.filters import Condition
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.keys import Keys
from prompt_toolkit.selection import SelectionState, SelectionType
from questionary.prompts.common import InquirerControl

if TYPE_CHECKING:
    from prompt_toolkit.application import Application
    from prompt_toolkit.buffer import Buffer
    from prompt_toolkit.key_binding import KeyPressEvent
    from questionary import Question

NIETS_GEVONDEN = "Geen keuze bevat '{zoek}'. Wis de zoektekst met Backspace."


@dataclass(frozen=True)
class Getypt:
    """What a list returns when a colon command was typed as its search text and Enter pressed."""

    woord: str


def zoekbaar(vraag: Question, woorden: Collection[str]) -> Question:
    """Make a select or checkbox built with `use_search_filter` answer to typed commands, and
    make a search that matches nothing choose and tick nothing.

    questionary shows (and acts on) the whole list when the search matches nothing, so space
    or Enter would tick or choose the first item nobody searched for; here they only say that
    nothing matched. Ctrl-A and Tab (tick all, invert) act on the whole list whatever the
    search shows, so they are switched off.
    """
    app: Application[Any] = vraag.application
    lijst = next(c for c in app.layout.find_all_controls() if isinstance(c, InquirerControl))
    toetsen = KeyBindings()
    getypt = Condition(lambda: (lijst.search_filter or "").strip() in woorden)
    niets = Condition(lambda: bool(lijst.search_filter) and not _gevonden(lijst))

    @toetsen.add(Keys.ControlM, eager=True, filter=getypt)
    def _opdracht(event: KeyPressEvent) -> None:
        event.app.exit(result=Getypt(str(lijst.search_filter).strip()))

    @toetsen.add(Keys.ControlM, eager=True, filter=niets & ~getypt)
    @toetsen.add(" ", eager=True, filter=niets)
    @toetsen.add(Keys.ControlA, eager=True)
    @toetsen.add(Keys.ControlI, eager=True)
    def _niets(event: KeyPressEvent) -> None:
        """Nothing to choose or tick."""

    def meld_niets_gevonden(_: object) -> None:
        """Before each redraw: say so while the search matches nothing, and stop saying it after."""
        zoek = lijst.search_filter or ""
        if niets() and not getypt():
            melding = NIETS_GEVONDEN.format(zoek=zoek)
            lijst.error_message = _NietsGevonden([("class:validation-toolbar", melding)])  # type: ignore[assignment]  # questionary declares None, sets FormattedText
        elif isinstance(lijst.error_message, _NietsGevonden):
            lijst.error_message = None

    app.before_render += meld_niets_gevonden
    app.key_bindings = merge_key_bindings([app.key_bindings or KeyBindings(), toetsen])
    return vraag


def vervangbaar(vraag: Question, *, lang: bool = False) -> Question:
    """Show the prefilled earlier answer selected, so the first key typed replaces it.

    This is prompt_toolkit's own shift-selection mode (as after Shift+Home): a typed character
    or Backspace replaces the selection, an arrow key or Home/End keeps the text and moves the
    cursor, Enter keeps the answer. In long text (`lang`) Enter starts a new line after the old
    text instead of replacing it, so a worker adding a line loses nothing. Enter in an empty long
    text submits it: an optional text the family said nothing about is skipped with one key.
    """
    app: Application[Any] = vraag.application
    toetsen = KeyBindings()
    geselecteerd = Condition(lambda: app.current_buffer.selection_state is not None)

    @toetsen.add(Keys.ControlM, filter=geselecteerd & Condition(lambda: lang))
    def _nieuwe_regel(event: KeyPressEvent) -> None:
        event.current_buffer.exit_selection()
        event.current_buffer.newline(copy_margin=False)

    @toetsen.add(Keys.ControlM, filter=Condition(lambda: lang and not app.current_buffer.text.strip()))
    def _leeg_klaar(event: KeyPressEvent) -> None:
        event.current_buffer.validate_and_handle()

    app.pre_run_callables.append(lambda: selecteer(app.current_buffer))
    app.key_bindings = merge_key_bindings([app.key_bindings or KeyBindings(), toetsen])
    return vraag


def selecteer(buffer: Buffer) -> None:
    """Select the whole text, cursor at its end, in shift-selection mode: typing replaces it."""
    buffer.cursor_position = len(buffer.text)
    if buffer.text:
        buffer.selection_state = SelectionState(0, SelectionType.CHARACTERS)
        buffer.selection_state.enter_shift_mode()


def _gevonden(lijst: InquirerControl) -> bool:
    """Whether any choice contains the search text (questionary's own test)."""
    zoek = (lijst.search_filter or "").lower()
    return any(isinstance(c.title, str) and zoek in c.title.lower() for c in lijst.choices)


class _NietsGevonden(FormattedText):
    """The 'nothing found' line, told apart from questionary's own validation message."""
