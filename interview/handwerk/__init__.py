"""Hand edits: what vplan wrote into a document, and what a worker changed in it afterwards."""
