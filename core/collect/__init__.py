"""Collecting the class's own digits: phones draw, a small server on the room's network takes the
strokes, the teacher moderates, and accepted digits become a dataset folder. No Qt here."""
