// wink-nlp with wink-eng-lite-web-model: the peer of
// `news-split --docs | news-tag` in scripts/bench-peers.sh.
//
// usage: node wink.js DOCS   (NODE_PATH=build/peers/node_modules)
//
// Reads ID<TAB>TEXT lines (TEXT escaped as docs/format.md says), and for
// each article runs wink's sentence boundaries, part-of-speech tagging and
// entity recognition, then writes one line a token: ID, sentence number,
// token, lemma, universal POS tag, and the entity type of the entity that
// starts there (or -).  wink's whitespace tokens (POS SPACE) are left out.  Only the optional peer benchmark runs this.
'use strict';
const fs = require('fs');
const readline = require('readline');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;

function unescape(s) {
  return s.replace(/\\(.)/g, (m, c) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c);
}

const out = [];
let outLen = 0;
function write(s) {
  out.push(s);
  outLen += s.length;
  if (outLen > 1 << 16) {
    fs.writeSync(1, out.join(''));
    out.length = 0;
    outLen = 0;
  }
}

const rl = readline.createInterface({
  input: fs.createReadStream(process.argv[2]),
  crlfDelay: Infinity,
});
rl.on('line', (line) => {
  const tab = line.indexOf('\t');
  if (tab < 0 || line.startsWith('#')) return;
  const id = line.slice(0, tab);
  const doc = nlp.readDoc(unescape(line.slice(tab + 1)));
  const ent = new Map();
  doc.entities().each((e) => {
    ent.set(e.out(its.span)[0], e.out(its.type));
  });
  let tok = 0;
  doc.sentences().each((s, k) => {
    const forms = s.tokens().out();
    const lemmas = s.tokens().out(its.lemma);
    const pos = s.tokens().out(its.pos);
    for (let i = 0; i < forms.length; i++, tok++) {
      if (pos[i] === 'SPACE') continue;
      write(id + '\t' + (k + 1) + '\t' + forms[i] + '\t' + lemmas[i] + '\t' +
        pos[i] + '\t' + (ent.get(tok) || '-') + '\n');
    }
  });
});
rl.on('close', () => {
  if (out.length) fs.writeSync(1, out.join(''));
});
