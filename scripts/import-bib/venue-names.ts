/**
 * Short venue names for the badge and the venue filter, where the obvious rule gets them wrong.
 * dblp's key names a venue by its stream (`DBLP:conf/ijcai/...`): upper-cased, or spelled as the
 * full name spells it, that is the usual short name; the streams below are the common exceptions.
 */
export const DBLP_STREAMS: Readonly<Record<string, string>> = {
  'conf/nips': 'NeurIPS',
  'conf/iclr': 'ICLR',
  'conf/icml': 'ICML',
  'conf/mlsys': 'MLSys',
  'conf/colt': 'COLT',
  'conf/aistats': 'AISTATS',
  'conf/uss': 'USENIX Security',
  'conf/usenix': 'USENIX ATC',
  'conf/sp': 'IEEE S&P',
  'conf/sigsoft': 'ESEC/FSE',
  'conf/kbse': 'ASE',
  'conf/mm': 'ACM MM',
  'conf/gis': 'SIGSPATIAL',
  'conf/pkdd': 'ECML PKDD',
  'conf/www': 'WWW',
  'conf/kdd': 'KDD',
  'conf/huc': 'UbiComp',
  'conf/mobicom': 'MobiCom',
  'conf/mobisys': 'MobiSys',
  'conf/sensys': 'SenSys',
  'conf/eurosys': 'EuroSys',
  'conf/infocom': 'INFOCOM',
  'conf/atal': 'AAMAS',
  'conf/ecir': 'ECIR',
  'conf/vldb': 'VLDB',
  'conf/3dim': '3DV',
  'conf/corl': 'CoRL',
  'conf/rss': 'RSS',
  'conf/interspeech': 'Interspeech',
  'journals/corr': 'arXiv',
  'journals/pvldb': 'PVLDB',
  'journals/pami': 'TPAMI',
  'journals/tnn': 'TNNLS',
  'journals/iotj': 'IoT-J',
  'journals/ton': 'ToN',
  'journals/imwut': 'IMWUT',
  'journals/access': 'IEEE Access',
  'journals/micro': 'IEEE Micro',
  'journals/cacm': 'CACM',
  'journals/natmi': 'Nat. Mach. Intell.',
  'journals/jmlr': 'JMLR',
  'journals/tmlr': 'TMLR',
  'journals/ijcv': 'IJCV',
  'journals/tacl': 'TACL',
  'journals/vldb': 'VLDB J.',
  'journals/ai': 'AIJ',
  'journals/jair': 'JAIR',
  'journals/tits': 'T-ITS',
  'journals/ijon': 'Neurocomputing',
  'journals/isci': 'Inf. Sci.',
  'journals/pr': 'Pattern Recognit.',
  'journals/nn': 'Neural Networks',
  'journals/neco': 'Neural Comput.',
  'journals/ml': 'Mach. Learn.',
};

/**
 * Well-known venues by their full name, for exports that give only that (Google Scholar, Zotero).
 * Scholar files NeurIPS as a journal ("Advances in neural information processing systems"), so a
 * match also says the venue is a conference.
 */
export const KNOWN_VENUES: ReadonlyArray<{ pattern: RegExp; short: string; conference: boolean }> =
  [
    { pattern: /neural information processing systems/i, short: 'NeurIPS', conference: true },
    {
      pattern: /international conference on learning representations/i,
      short: 'ICLR',
      conference: true,
    },
    { pattern: /international conference on machine learning/i, short: 'ICML', conference: true },
    { pattern: /computer vision and pattern recognition/i, short: 'CVPR', conference: true },
    { pattern: /international conference on computer vision/i, short: 'ICCV', conference: true },
    { pattern: /european conference on computer vision/i, short: 'ECCV', conference: true },
    { pattern: /aaai conference on artificial intelligence/i, short: 'AAAI', conference: true },
    {
      pattern: /international joint conference on artificial intelligence/i,
      short: 'IJCAI',
      conference: true,
    },
    {
      pattern: /transactions of the association for computational linguistics/i,
      short: 'TACL',
      conference: false,
    },
    {
      pattern: /findings of the association for computational linguistics/i,
      short: 'Findings of ACL',
      conference: true,
    },
    {
      pattern: /north american chapter of the association for computational linguistics/i,
      short: 'NAACL',
      conference: true,
    },
    {
      pattern: /annual meeting of the association for computational linguistics/i,
      short: 'ACL',
      conference: true,
    },
    {
      pattern: /empirical methods in natural language processing/i,
      short: 'EMNLP',
      conference: true,
    },
    { pattern: /knowledge discovery (and|&) data mining/i, short: 'KDD', conference: true },
    { pattern: /symposium on computer architecture/i, short: 'ISCA', conference: true },
    { pattern: /machine learning and systems/i, short: 'MLSys', conference: true },
    { pattern: /design automation conference/i, short: 'DAC', conference: true },
    { pattern: /symposium on field-programmable gate arrays/i, short: 'FPGA', conference: true },
    { pattern: /\barxiv\b|^corr$/i, short: 'arXiv', conference: false },
  ];

/** Where a preprint lives, by its server's name in `journal` or `publisher`. */
export const PREPRINT_SERVERS =
  /\b(arxiv|corr|biorxiv|medrxiv|ssrn|chemrxiv|psyarxiv|preprints?)\b/i;
