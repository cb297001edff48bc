"""The steps of a dossier, one module each: create it, talk with each person, hold the netwerkberaad.

Each step runs a questionnaire through the engine (interview.conduct) with a journal the store
hands out, then turns the answers into a model and stores it; the walk and its clean-up are
written once, in `frame.py`. Rendering the documents is the CLI's next step: the interview never
writes Word.

Journals are named by number only (`gesprek-003.jsonl`); who was spoken with is inside, so a
folder listing or an error message naming a file reveals nobody. A run from an answers file
writes its own journal and removes it when it fails: the file is the record, and the next run
of the corrected file starts afresh without touching what someone typed at the keyboard.
"""
