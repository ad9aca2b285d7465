/**
 * Realistic synthetic publication lists for benchmarks and the at-scale browser test: titles,
 * authors, venues, years, topics and an abstract, from fixed word pools and a seeded generator,
 * so the same size always gives the same papers.
 */
import type { Paper } from '#src/features/publications/publications-schema.ts';

const TITLE_HEADS = [
  'Efficient',
  'Sparse',
  'Quantized',
  'Hardware-Aware',
  'Once-for-All',
  'Tiny',
  'Scalable',
  'Robust',
  'Memory-Efficient',
  'Low-Latency',
  'Adaptive',
  'Differentiable',
  'Federated',
  'Private',
  'Dynamic',
  'Structured',
  'Energy-Efficient',
  'Lightweight',
  'Accelerated',
  'Distributed',
  'Noise-Aware',
  'Mixed-Precision',
];
const TITLE_TOPICS = [
  'Neural Architecture Search',
  'Model Compression',
  'Transformers',
  'Point Cloud Segmentation',
  'Video Recognition',
  'Language Models',
  'Diffusion Models',
  'GAN Training',
  'On-Device Learning',
  'Quantization',
  'Pruning',
  'Attention',
  'Graph Neural Networks',
  'Sparse Convolution',
  'Speech Recognition',
  'Image Synthesis',
  'Object Detection',
  'Pose Estimation',
  'Quantum Circuits',
  'Inference Engines',
  'Accelerator Design',
  'Knowledge Distillation',
  'Federated Learning',
  'LiDAR Perception',
  'Recommendation Systems',
];
const TITLE_TAILS = [
  'for Mobile Devices',
  'on Microcontrollers',
  'at Scale',
  'with Hardware Feedback',
  'for Edge AI',
  'on GPUs',
  'without Retraining',
  'via Reinforcement Learning',
  'in the Wild',
  'for Autonomous Driving',
  'under Tight Memory Budgets',
  'with Token Pruning',
  'for Real-Time Applications',
  'on FPGAs',
];
const FIRST = [
  'Song',
  'Han',
  'Ji',
  'Ligeng',
  'Zhijian',
  'Yujun',
  'Hanrui',
  'Haotian',
  'Muyang',
  'Wei-Ming',
  'Chuang',
  'Kuan',
  'Tianzhe',
  'Zhekai',
  'Xiuyu',
  'Yihan',
  'Guangxuan',
  'Shang',
  'Jiaming',
  'Maria',
  'José',
  'Anna',
  'Lukas',
  'Sofia',
  'Noah',
  'Olivia',
  'Mateo',
  'Aisha',
  'Kenji',
  'Priya',
  'Chen',
  'Ravi',
  'Elena',
  'Jörg',
];
const LAST = [
  'Han',
  'Lin',
  'Zhu',
  'Liu',
  'Wang',
  'Tang',
  'Li',
  'Chen',
  'Gan',
  'Cai',
  'Zhang',
  'Xiao',
  'Yang',
  'Tian',
  'García',
  'Müller',
  'Rossi',
  'Kim',
  'Nguyen',
  'Sato',
  'Patel',
  'Novak',
  'Silva',
  'Ivanova',
  'Okafor',
  'Dubois',
  'Kowalski',
  'Andersen',
  'Haddad',
  'Fischer',
  'Moreau',
  'Suzuki',
  'Singh',
  'López',
];
/*
 * A long tail of co-authors, as a large list has: given names and surnames made from syllables,
 * 225 x 225 = 50,625 people, so that 10,000 papers name about 26,600 distinct co-authors (most of
 * them once or twice) beside the frequent ones above. Made to match none of the benchmark's queries.
 */
const GIVEN_STARTS = 'Ar Bel Cor Dav Elv Fen Gor Ilk Jor Kel Mar Nor Orl Per Tor'.split(' ');
const GIVEN_ENDS = 'ia ek ine ius ard ora ide ilo ema ust ael iko eta orn ise'.split(' ');
const SURNAME_STARTS = 'Bran Dal Fer Gal Kor Lam Mer Nov Pel Ros Sal Tev Val Wes Zel'.split(' ');
const SURNAME_ENDS =
  'ardi etti ovic berg stad inen ford quez ström aki oglu escu ski mond ouard'.split(' ');
const combine = (starts: readonly string[], ends: readonly string[]) =>
  starts.flatMap((start) => ends.map((end) => start + end));
const TAIL_GIVEN = combine(GIVEN_STARTS, GIVEN_ENDS);
const TAIL_SURNAMES = combine(SURNAME_STARTS, SURNAME_ENDS);
/** The share of author slots filled from the long tail. */
const TAIL_SHARE = 0.7;

const VENUES: Array<[string, Paper['type']]> = [
  ['NeurIPS', 'conference'],
  ['ICLR', 'conference'],
  ['ICML', 'conference'],
  ['CVPR', 'conference'],
  ['ICCV', 'conference'],
  ['ECCV', 'conference'],
  ['MLSys', 'conference'],
  ['ISCA', 'conference'],
  ['MICRO', 'conference'],
  ['HPCA', 'conference'],
  ['DAC', 'conference'],
  ['ACL', 'conference'],
  ['IEEE Micro', 'journal'],
  ['TPAMI', 'journal'],
  ['JMLR', 'journal'],
  ['arXiv', 'preprint'],
  ['NeurIPS Workshop', 'workshop'],
];
const TOPICS = [
  'compression',
  'video',
  'point-cloud',
  'nlp',
  'gan-diffusion',
  'vision',
  'hw-for-ml',
  'ml-for-hw',
  'secure-ai',
  'tinyml',
  'quantum-ml',
  'distributed',
];
const ABSTRACT_WORDS = (
  'we propose a novel method that reduces the memory footprint and latency of deep neural networks ' +
  'while preserving accuracy our approach jointly optimizes the architecture and the quantization policy ' +
  'with direct feedback from the hardware we evaluate on imagenet coco and kinetics showing speedups ' +
  'over strong baselines the design generalizes across mobile cpus gpus microcontrollers and accelerators ' +
  'experiments demonstrate state of the art efficiency with fewer parameters and lower energy consumption ' +
  'code and models are publicly available to facilitate future research in efficient machine learning'
).split(' ');

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPaper extends Paper {
  abstract: string;
}

export function syntheticPapers(count: number, seed = 42): SyntheticPaper[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const papers: SyntheticPaper[] = [];
  for (let i = 0; i < count; i++) {
    const [venue, type] = pick(VENUES);
    const authors = Array.from({ length: 2 + Math.floor(rnd() * 7) }, () =>
      rnd() < TAIL_SHARE
        ? `${pick(TAIL_GIVEN)} ${pick(TAIL_SURNAMES)}`
        : `${pick(FIRST)} ${pick(LAST)}`,
    );
    const abstract = Array.from({ length: 120 + Math.floor(rnd() * 80) }, () =>
      pick(ABSTRACT_WORDS),
    ).join(' ');
    papers.push({
      id: `paper-${i}`,
      title: `${pick(TITLE_HEADS)} ${pick(TITLE_TOPICS)} ${pick(TITLE_TAILS)}`,
      shortName:
        rnd() < 0.3
          ? `${pick(TITLE_HEADS).slice(0, 4)}${pick(TITLE_TOPICS).split(' ')[0]}${i}`
          : undefined,
      aliases: [],
      authors,
      venue,
      venueName: `${venue} proceedings`,
      year: 2000 + Math.floor(rnd() * 26),
      type,
      honors: rnd() < 0.05 ? ['Best Paper'] : rnd() < 0.1 ? ['Oral'] : [],
      topics: [pick(TOPICS), ...(rnd() < 0.3 ? [pick(TOPICS)] : [])].filter(
        (t, j, all) => all.indexOf(t) === j,
      ),
      links: [],
      abstract,
    });
  }
  return papers;
}
