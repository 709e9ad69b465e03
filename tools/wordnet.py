# Reading WordNet 3.0's data files (Debian package wordnet-base), shared by the tools that generate
# base-form lists from it.
WORDNET = '/usr/share/wordnet/'


def synsets(path):
    """Every synset of a data file by its offset: (its words in lower case, its pointers)."""
    out = {}
    for line in open(path, encoding='latin-1'):
        if line.startswith('  '): continue
        parts = line.split(' | ')[0].split()
        off, lex, pos, wc = parts[0], parts[1], parts[2], int(parts[3], 16)
        words = [parts[4 + 2*i].lower() for i in range(wc)]
        i = 4 + 2*wc; pc = int(parts[i]); i += 1
        ptrs = []
        for k in range(pc):
            sym, toff, tpos, st = parts[i:i+4]; i += 4
            ptrs.append((sym, toff, tpos, st))
        out[off] = (words, ptrs)
    return out


def noun_verb_derivations():
    """(noun, verb) for every noun WordNet links to a verb as its derivationally related form ("+")."""
    nouns = synsets(WORDNET + 'data.noun'); verbs = synsets(WORDNET + 'data.verb')
    for off, (words, ptrs) in nouns.items():
        for sym, toff, tpos, st in ptrs:
            if sym != '+' or tpos != 'v': continue
            src = int(st[:2], 16); dst = int(st[2:], 16)
            if src == 0 or dst == 0: continue
            yield words[src-1], verbs[toff][0][dst-1]
