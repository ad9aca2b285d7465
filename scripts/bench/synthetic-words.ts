/**
 * The word pools the papers of synthetic-papers.ts are drawn from. Fixed: the bench's figures and
 * the at-scale browser test depend on them.
 */
import type { Paper } from '#src/features/publications/publications-schema.ts';

export const TITLE_HEADS = [
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
export const TITLE_TOPICS = [
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
export const TITLE_TAILS = [
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
export const FIRST = [
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
export const LAST = [
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
export const TAIL_GIVEN = combine(GIVEN_STARTS, GIVEN_ENDS);
export const TAIL_SURNAMES = combine(SURNAME_STARTS, SURNAME_ENDS);
/** The share of author slots filled from the long tail. */
export const TAIL_SHARE = 0.7;

export const VENUES: Array<[string, Paper['type']]> = [
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
export const TOPICS = [
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
export const ABSTRACT_WORDS = (
  'we propose a novel method that reduces the memory footprint and latency of deep neural networks ' +
  'while preserving accuracy our approach jointly optimizes the architecture and the quantization policy ' +
  'with direct feedback from the hardware we evaluate on imagenet coco and kinetics showing speedups ' +
  'over strong baselines the design generalizes across mobile cpus gpus microcontrollers and accelerators ' +
  'experiments demonstrate state of the art efficiency with fewer parameters and lower energy consumption ' +
  'code and models are publicly available to facilitate future research in efficient machine learning'
).split(' ');
