"""Reports over the werkmap: what is due per dossier (`overzicht`) and where the hours go (`tijd`).

Both only read dossiers: they take no lock and write nothing in the werkmap (a time entry a worker
adds is the one exception, an appended line in `tijd.jsonl`).
"""
