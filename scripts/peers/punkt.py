#!/usr/bin/python3
"""NLTK Punkt sentence splitting, the peer of news-split in bench-peers.sh.

usage: punkt.py train MODEL TEXT   train Punkt unsupervised on TEXT, pickle
                                   the parameters to MODEL
       punkt.py split MODEL FILE   split FILE (plain text, paragraphs
                                   separated by blank lines) into sentences,
                                   one a line; MODEL "pretrained" is NLTK's
                                   English model

Paragraphs are split one at a time, so a paragraph break ends a sentence as
it does for news-split, and memory stays flat.  Only the optional peer
benchmark (make bench-peers) runs this; it needs Debian's python3-nltk.
"""
import pickle
import sys

from nltk.tokenize.punkt import PunktSentenceTokenizer, PunktTrainer


def train(model, path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train(text, finalize=True)
    with open(model, "wb") as f:
        pickle.dump(trainer.get_params(), f)


def split(model, path):
    if model == "pretrained":
        import nltk.data
        tok = nltk.data.load("tokenizers/punkt/english.pickle")
    else:
        with open(model, "rb") as f:
            tok = PunktSentenceTokenizer(pickle.load(f))
    out = sys.stdout
    para = []

    def flush():
        if para:
            for s in tok.tokenize(" ".join(para)):
                out.write(s.replace("\n", " ") + "\n")
            para.clear()

    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if line:
                para.append(line)
            else:
                flush()
    flush()


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("train", "split"):
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    (train if sys.argv[1] == "train" else split)(sys.argv[2], sys.argv[3])
    return 0


if __name__ == "__main__":
    sys.exit(main())
