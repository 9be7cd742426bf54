"""Text processing: generate prose, then tokenise, count words and bigrams, and format a report."""
import sys

SYLLABLES = "ka lo mi ne ru sa to vi an el or un ber dan fel".split()
PUNCTUATION = [".", ",", ";", "!", "?"]


def generate_text(word_count, seed):
    """Words of one to three syllables, chosen by an LCG from a small vocabulary, in sentences."""
    vocabulary = []
    for a in SYLLABLES:
        vocabulary.append(a)
        for b in SYLLABLES[::3]:
            vocabulary.append(a + b)
            vocabulary.append(a + b + SYLLABLES[(len(a) * 7 + len(b)) % len(SYLLABLES)])
    words = []
    for i in range(word_count):
        seed = (seed * 1664525 + 1013904223) % 4294967296
        # Square a uniform 16-bit draw so that early words are much more frequent (Zipf-like).
        draw = seed >> 16
        word = vocabulary[draw * draw * len(vocabulary) >> 32]
        if i % 11 == 0:
            word = word.capitalize()
        if seed % 9 == 0:
            word += PUNCTUATION[seed % len(PUNCTUATION)]
        words.append(word)
    lines = []
    for start in range(0, len(words), 12):
        lines.append("  " + " ".join(words[start:start + 12]) + "  ")
    return "\n".join(lines)


def tokenize(text):
    tokens = []
    for line in text.splitlines():
        for raw in line.strip().split():
            word = raw.strip(".,;!?").lower()
            if word:
                tokens.append(word)
    return tokens


def frequencies(tokens):
    counts = {}
    for token in tokens:
        counts[token] = counts.get(token, 0) + 1
    bigrams = {}
    for pair in zip(tokens, tokens[1:]):
        bigrams[pair] = bigrams.get(pair, 0) + 1
    return counts, bigrams


def report(counts, bigrams):
    top_words = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]
    top_pairs = sorted(bigrams.items(), key=lambda item: (-item[1], item[0]))[:5]
    lines = ["%-12s %6d" % (word, count) for word, count in top_words]
    lines += ["{} {}: {}".format(a, b, count) for (a, b), count in top_pairs]
    longest = max(counts, key=lambda word: (len(word), word))
    lines.append(f"longest word: {longest.upper()} ({len(longest)} letters)")
    vowels = sum((word.count("a") + word.count("e")) * count for word, count in counts.items())
    lines.append("a+e occurrences: " + str(vowels))
    return "\n".join(lines)


def workload():
    text = generate_text(40000, 20240521)
    text = text.replace("  ", " ").replace(" ka ", " KA ")
    tokens = tokenize(text)
    counts, bigrams = frequencies(tokens)
    summary = report(counts, bigrams)
    return len(tokens), len(counts), len(bigrams), summary.splitlines()[0].split()[0], len(summary)


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 16
for _ in range(loops):
    result = workload()
if result != (40000, 165, 16730, 'ka', 321):
    raise SystemExit(f"text_processing: wrong result {result}")
print("text_processing: %d tokens, %d words, %d bigrams, most common %r, report %d chars" % result)
