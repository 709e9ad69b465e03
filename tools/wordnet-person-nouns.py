# Usage: python3 tools/wordnet-person-nouns.py src/main/resources/org/missionbot/search (WordNet 3.0: apt-get install wordnet-base)
# Writes person-nouns.txt there: the nouns that, after "which" or "what", ask for a person ("which
# judge"), read from WordNet 3.0 (Debian package wordnet-base). A noun is listed when its most frequent
# sense (WordNet lists a word's senses by how often they were tagged in its corpus) is in the
# lexicographer file noun.person, it is no name (WordNet spells none of its senses with a capital), it
# is not also an adjective (demonyms such as "kenyan", and "general", "official", "private" are), and it
# has at least three letters. A noun with a sense in noun.group is left out ("member", "carrier": bodies
# are members and carriers too). Plurals are listed too: WordNet's irregular ones (noun.exc), else the
# regular spelling. One ASCII word a line, in byte order (SortedWords reads them so). Nouns of places
# were tried the same way (noun.location) and left out: most are of space, not of where ("position",
# "state", "area"), and more answers were lost than gained on the training questions.
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordnet import WORDNET

PERSON, GROUP = 18, 14


def lexfiles():
    """Each noun synset's lexicographer file, by offset, and the words it spells with a capital (names)."""
    out = {}
    names = set()
    for line in open(WORDNET + 'data.noun', encoding='latin-1'):
        if not line.startswith('  '):
            parts = line.split()
            out[parts[0]] = int(parts[1])
            for i in range(int(parts[3], 16)):
                word = parts[4 + 2 * i]
                if word[:1].isupper():
                    names.add(word.lower())
    return out, names


def senses():
    """Each noun's senses' lexicographer files, most frequent first."""
    lex, names = lexfiles()
    out = {}
    for line in open(WORDNET + 'index.noun', encoding='latin-1'):
        if line.startswith('  '):
            continue
        parts = line.split()
        pointers = int(parts[3])
        if parts[0] not in names:  # "montana", "kenya": a name, which asks nothing of its kind
            out[parts[0]] = [lex[o] for o in parts[4 + pointers + 2:]]
    return out


def plural(noun):
    if re.search(r'(s|x|z|ch|sh)$', noun):
        return noun + 'es'
    if re.search(r'[^aeiou]y$', noun):
        return noun[:-1] + 'ies'
    return noun + 's'


nouns = senses()
adjectives = {line.split()[0] for line in open(WORDNET + 'index.adj', encoding='latin-1') if not line.startswith('  ')}
irregular = {}
for line in open(WORDNET + 'noun.exc', encoding='latin-1'):
    form, base = line.split()[:2]
    irregular.setdefault(base, []).append(form)


def person_nouns():
    out = set()
    for noun, files in nouns.items():
        if re.fullmatch(r'[a-z]{3,}', noun) and noun not in adjectives and files[0] == PERSON and GROUP not in files:
            out.add(noun)
            out.update(f for f in irregular.get(noun, [plural(noun)]) if re.fullmatch(r'[a-z]+', f))
    return sorted(out)


words = person_nouns()
with open(os.path.join(sys.argv[1], 'person-nouns.txt'), 'w', encoding='ascii', newline='\n') as f:
    f.write(''.join(w + '\n' for w in words))
print('person-nouns.txt', len(words))
