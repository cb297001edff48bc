"""Plan -> bytes: every document of one plan version, with cross-references; writes no file.

Imports nothing itself, so a module that needs only a light part (sjabloonmap, identiteit)
does not load docxtpl; the renderer is `interview.render.documenten`. What it returns is put on
disk by interview.versieset.
"""
