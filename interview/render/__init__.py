"""Plan -> Word: every document of one plan version, with cross-references.

Imports nothing itself, so a module that needs only a light part (sjabloonmap, identiteit)
does not load docxtpl; the renderer is `interview.render.documenten`.
"""
