"""The cleaning stage: bytes to text, then what is not the report's own words and the damage inside them.

* :mod:`.decode`: bytes to text;
* :mod:`.noise`: site chrome and spam, marked as noise;
* :mod:`.corruptions`: the damage inside the report's own sentences (``find_corruptions``), found by
  :mod:`.damage_text` (dates, figures, placeholders; characters lost, copied or put into the words) and
  :mod:`.damage_marks` (quotes and title marks, site labels, spam in place of words);
* :mod:`.docnumbers`: the 文号 a report cites, damaged or not;
* :mod:`.lines`: the lines, and the places of rare characters, where the cleaning patterns are tried.
"""
