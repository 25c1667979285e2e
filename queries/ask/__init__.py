"""Chinese questions → what they ask for and about → named queries of the library → an answer.

Names in a question are recognised against the graph's own names and aliases (names.py),
never against a list written here, so a new document's parks and enterprises are understood as
soon as they are built. Only the wording of questions (哪些园区, 牵头, 到2025年 …) is known in
advance (text.py). reading.py reads a question, plans.py picks the queries, passages.py reads
answers from the sentences, respond.py puts the answer together and says plainly when the
graph holds none.
"""

from graph.bigrams import bigrams as search_bigrams
from queries.ask.names import fingerprint, name_index, refresh, suggestions
from queries.ask.reading import parse
from queries.ask.respond import answer
from queries.ask.text import cn_number, normalise

__all__ = ["answer", "cn_number", "fingerprint", "name_index", "normalise", "parse", "refresh",
           "search_bigrams", "suggestions"]
