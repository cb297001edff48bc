"""Keys of sessions and statements name the person (and the day, the time): never the order held."""

from __future__ import annotations

from interview.merge.sessie import Sessie
from interview.merge.sleutels import melding_oude_sleutels, nieuwe_sleutel, sessiesleutels


def sessie(id_: str, persoon: str, begin: str) -> Sessie:
    return Sessie(id_, "ouder", persoon, {}, begin=begin)


def test_a_person_with_one_session_is_their_name_with_more_the_day_and_on_one_day_the_time() -> None:
    sessies = [
        sessie("gesprek-004", "Eva", "2026-11-20T14:30:00+01:00"),
        sessie("gesprek-001", "Eva", "2026-11-12T10:00:00+01:00"),
        sessie("gesprek-003", "Eva", "2026-11-20T09:05:00+01:00"),
        sessie("gesprek-002", "Tom Bos", "2026-11-13T10:00:00+01:00"),
    ]
    verwacht = {"gesprek-001": "Eva/2026-11-12", "gesprek-003": "Eva/2026-11-20 09.05",
                "gesprek-004": "Eva/2026-11-20 14.30", "gesprek-002": "Tom Bos"}
    assert sessiesleutels(sessies) == verwacht
    # Numbered the other way round, the same sessions keep their keys.
    omgenummerd = [Sessie(f"gesprek-{9 - i:03d}", s.vragenlijst, s.persoon, {}, s.begin)
                   for i, s in enumerate(sessies)]
    assert sorted(sessiesleutels(omgenummerd).values()) == sorted(verwacht.values())


def test_sessions_without_a_readable_time_fall_back_to_their_journal_only_then() -> None:
    sleutels = sessiesleutels([sessie("gesprek-001", "Eva", ""), sessie("gesprek-002", "Eva", "")])
    assert sleutels == {"gesprek-001": "Eva/zonder datum gesprek-001",
                        "gesprek-002": "Eva/zonder datum gesprek-002"}


def test_an_old_key_becomes_the_persons_key_or_says_who_to_name() -> None:
    sleutels = {"gesprek-006": "Eva", "gesprek-001": "Eva/2026-11-12"}
    assert nieuwe_sleutel("gesprek-006", sleutels) == "Eva"
    assert nieuwe_sleutel(" gesprek-001/zorgen/2 ", sleutels) == "Eva/2026-11-12/zorgen/2"
    assert nieuwe_sleutel("gesprek-009/hulpvraag", sleutels) == "<naam van wie het zei>/hulpvraag"
    assert melding_oude_sleutels([], sleutels) is None
    assert melding_oude_sleutels([("a", "gesprek-006"), ("b", "gesprek-006")], sleutels) == (
        "vraag 'a': gesprek-006 bestaat niet meer als sleutel: schrijf Eva.")
    assert melding_oude_sleutels([("a", "gesprek-006"), ("b", "gesprek-001/goed/1")], sleutels) == (
        "sleutels naar de volgorde van de gesprekken bestaan niet meer: schrijf Eva in plaats van "
        "gesprek-006 en Eva/2026-11-12/goed/1 in plaats van gesprek-001/goed/1.")
