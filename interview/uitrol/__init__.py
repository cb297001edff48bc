"""Rolling out a new template folder: a preview on real dossiers, a record of every run, undoing the last."""
