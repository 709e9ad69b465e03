# Usage: python3 tools/scowl-british-canadian.py src/main/resources/org/missionbot/search
# (SCOWL's British and Canadian word lists: apt-get install wbritish wcanadian)
# Adds to english-words.txt there the ordinary words that SCOWL's British and Canadian English lists
# spell and its American list does not ("cheque", "colour", "organise", "favourite"): the people who
# ask are Canadian, Kenyan and Haitian, and a word spelt the British way is an ordinary word, not a
# name nor a typo. As the American words of the list: lower-case entries only (a capitalised entry is
# a name), no possessives, ASCII letters only. One word a line, in byte order (SortedWords reads them
# so); running it again changes nothing.
import os, re, sys

LISTS = ['/usr/share/dict/british-english', '/usr/share/dict/canadian-english']
WORD = re.compile(r'[a-z]+')


def ordinary(path):
    with open(path, encoding='utf-8') as f:
        return {w for w in (line.strip() for line in f) if WORD.fullmatch(w)}


def main(folder):
    target = os.path.join(folder, 'english-words.txt')
    with open(target, encoding='ascii') as f:
        words = {line.strip() for line in f if line.strip()}
    before = len(words)
    for path in LISTS:
        words |= ordinary(path)
    with open(target, 'w', encoding='ascii', newline='\n') as f:
        f.write(''.join(w + '\n' for w in sorted(words, key=lambda w: w.encode('ascii'))))
    print(f'{target}: {before} -> {len(words)} words')


if __name__ == '__main__':
    main(sys.argv[1])
