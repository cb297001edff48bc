"""Session journals -> plan: pure and deterministic, keeping who said what, reporting conflicts.

Individual sessions are read as `Sessie` values whose answers are keyed by the questionnaire's
`veld` names (zorgen, goed, ideeen, schaalscore, schaal_toelichting, netwerk, telefoon). The
joint session's answers are keyed by plan paths (`veiligheidsplan.zorgen`, ...). Statements
from individual sessions reach the plan only where the joint session names their key, which
names the person who said it, never the order the sessions were held in (`sleutels.py`).
"""
