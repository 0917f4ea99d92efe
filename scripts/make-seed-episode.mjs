// Makes demo/episodes/seed.json: the seed page's episode (../shared/seed/) at the seed's scale, for
// the demo page. Show, title, people, summary, topics, the 40 entities, 84 connections and 20
// chapters come from tests/fixtures/episodes/page-seed.json (which stays as it is for the tests);
// the seed gives no transcript, so this writes an illustrative one: 1,125 segments over 5 h 2 min
// that follow the chapters and name the entities where the talk is about them, so the graph's
// "mentioned now" and the transcript's mention marks have something to show.
//
// The words are invented, so no segment is given to a real person: speakers are labelled by role
// (Host, Guest 1, Guest 2); the real people stay in the header and the graph. The episode's `note`
// says so, and so does the demo page.
//
// Deterministic: a seeded random source (d3's LCG), so every run writes the same file.
// Run: node scripts/make-seed-episode.mjs   (a development tool; the output is committed)
import { readFileSync, writeFileSync } from 'node:fs';

const SEGMENTS = 1125;
const DURATION = 5 * 3600 + 2 * 60;
const OUT = 'demo/episodes/seed.json';
const HOST = 'Host';
const G1 = 'Guest 1';
const G2 = 'Guest 2';

const seed = JSON.parse(readFileSync('tests/fixtures/episodes/page-seed.json', 'utf8'));

// d3-force's lcg.js: small, fast and the same on every engine.
function lcg(s) {
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}
const random = lcg(459);
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

function shuffled(list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Hands out a list's items in a shuffled order, reshuffling once all were used, so repeats are far apart. */
function deck(list) {
  let order = [];
  return () => {
    if (order.length === 0) order = shuffled(list);
    return order.pop();
  };
}

// What is said in each chapter. `lead` takes most guest turns; `pinned` lines sit at a fixed
// segment of the chapter and carry a summary point (their start becomes the point's time);
// `topic` fills the shared bridging lines.
const CHAPTERS = [
  {
    title: 'Introduction',
    lead: G1,
    topic: 'DeepSeek',
    script: [
      [HOST, 'The following is an illustrative conversation about DeepSeek, open weights, export controls and the chips underneath all of it.'],
      [HOST, 'My guests are Dylan Patel, who founded SemiAnalysis, and Nathan Lambert, a research scientist at the Allen Institute for AI.'],
      [HOST, 'Between them they cover the whole stack, from the fabs in Taiwan to the training recipes at Ai2.'],
      [HOST, 'We will talk about DeepSeek V3 and DeepSeek R1, about NVIDIA and TSMC, and about what the race with China means for everyone else.'],
      [G1, 'Happy to be here. It has been a strange few weeks in this industry.'],
      [G2, 'Thanks for having us. There is a lot to untangle.'],
    ],
    host: ['Let me start simple: why did one release from one lab move the whole market?', 'Who should listen to this, and what should they take away?'],
    guest: [
      'The short answer is that a lab most people had not heard of released models that matched the best from OpenAI at a fraction of the price.',
      'DeepSeek released it in the open, with a paper that explains how.',
      'The market reaction was about NVIDIA as much as about DeepSeek: people asked whether anyone still needs that many GPUs.',
      'Cheaper training does not mean fewer GPUs; it usually means more people can afford to train.',
    ],
  },
  {
    title: 'DeepSeek-R1 and DeepSeek-V3',
    lead: G2,
    topic: 'DeepSeek R1',
    pinned: [
      [1, G2, 'DeepSeek V3 is a mixture of experts transformer language model, and DeepSeek R1 is a reasoning model built on top of it; both come from DeepSeek in China.', [0, 0]],
      [9, G2, 'Both are open weights: anyone can download them, and the papers are unusually detailed, with things other teams can actually use.', [0, 1]],
      [24, G2, 'R1 comes under the MIT license, which is about as permissive as it gets: commercial use, and you may even train other models on its outputs.', [0, 2]],
      [36, G2, 'V3 on its own behaves like a normal chat model: you ask, it answers quickly and legibly, much as ChatGPT does.', [2, 0]],
    ],
    host: ['What are DeepSeek V3 and DeepSeek R1, in plain words?', 'What does open weights mean, exactly?', 'Why does the license matter so much?', 'How is R1 different when you actually use it?'],
    guest: [
      'V3 came out in late December and R1 a few weeks later, and the second one is what people noticed.',
      'A base model like V3 predicts the next token; the chat version is that base model after post-training.',
      'R1 takes the V3 base and teaches it to reason with reinforcement learning on problems that can be checked.',
      'Open weights is not the same as open source: you get the weights, not the data or the training code.',
      'Still, with open weights you can run the model on your own hardware and nobody can take it away.',
      'The MIT license on R1 is unusual; Llama from Meta comes with a custom license that has more strings attached.',
      'The DeepSeek papers describe the infrastructure too, down to how they schedule communication between GPUs.',
      'For a lab in China to publish that much is a deliberate choice, and it earned them a lot of goodwill.',
      'If you use V3 in the app, it feels like ChatGPT; if you use R1, you watch it think first.',
      'People underestimate how good the writing of R1 is; it is not just a math model.',
    ],
  },
  {
    title: 'Low cost of training',
    lead: G1,
    topic: 'mixture of experts',
    pinned: [
      [2, G1, 'The efficiency comes from two things: mixture of experts, so only a subset of the parameters runs for each token, and MLA, multi-head latent attention, which cuts the memory for long contexts.', [2, 2]],
      [20, G2, 'Pre-training is the big first stage: predict the next token over trillions of tokens, and what you get is a base model, like the DeepSeek V3 base.', [1, 0]],
    ],
    host: ['So how did they train it so cheaply?', 'What is a mixture of experts, for someone who has never seen one?', 'And what does MLA change?', 'Is the famous training cost number honest?'],
    guest: [
      'With mixture of experts, a router sends each token to a few experts out of hundreds, so most of the model sits idle for any one token.',
      'V3 has about six hundred and seventy billion parameters, but only around thirty-seven billion are active per token.',
      'MLA compresses the keys and values of attention, so the KV cache is a fraction of the usual size.',
      'Multi-head latent attention is a genuinely new idea; it came from DeepSeek, not from a big US lab.',
      'The quoted cost covers the final pre-training run only, not the research, the failed runs or the people.',
      'GPT-4 cost far more to train, but that was two years earlier, and costs fall fast.',
      'Llama from Meta is a dense model; every parameter runs for every token, which is simpler but more expensive.',
      'They also trained in eight-bit floating point for much of the run, which very few labs had done at that scale.',
      'Load balancing the experts is the hard part: if every token goes to the same expert, you have gained nothing.',
      'They wrote custom code below the level of CUDA to squeeze the communication, which tells you how constrained they were.',
    ],
  },
  {
    title: 'DeepSeek compute cluster',
    lead: G1,
    topic: 'the H800',
    host: ['How many GPUs does DeepSeek actually have?', 'Where does the money come from?', 'Is it true that they trained on H800s only?'],
    guest: [
      'The paper says about two thousand H800 GPUs for the V3 run.',
      'The H800 is the China version of the H100, with the chip-to-chip bandwidth cut down.',
      'The whole company probably has far more GPUs than the paper mentions, across generations.',
      'DeepSeek grew out of High-Flyer, a quantitative hedge fund, which bought GPUs early for trading.',
      'High-Flyer had one of the larger clusters in China before anyone called it an AI lab.',
      'NVIDIA sold the H800 legally until the rules changed, so stockpiles exist.',
      'Running a cluster well is its own skill; most of the cost is keeping thousands of H100s or H800s busy.',
      'When the interconnect is slow, you design the model around it, and that is what they did.',
    ],
  },
  {
    title: 'Export controls on GPUs to China',
    lead: G1,
    topic: 'export controls',
    pinned: [
      [1, G1, 'The US uses export controls on advanced GPUs, like the H800s, to slow down AI progress in China and keep a geopolitical lead.', [3, 0]],
    ],
    host: ['What do the export controls actually forbid?', 'Do they work?', 'Why allow the H20 at all?'],
    guest: [
      'Each round of export controls closed a gap the previous one left open.',
      'First the A100 and H100 were cut off, then the H800, and now the H20 is the most NVIDIA may sell into China.',
      'The H20 is weak at training but quite good at inference, which matters more every month.',
      'The export controls do not stop research; they limit how much compute a country can put behind it.',
      'Smuggling exists, but not at the scale of hundreds of thousands of GPUs.',
      'China answers with its own chips, from Huawei, but they are a generation or two behind.',
      'The goal is not to stop China entirely; it is to stay ahead while the stakes are highest.',
      'There is a cost: NVIDIA loses sales, and Chinese buyers learn to live without American chips.',
    ],
  },
  {
    title: 'Reasoning models compared',
    lead: G2,
    topic: 'chain of thought',
    pinned: [
      [2, G2, 'What makes R1 different is that it first writes out a chain of thought, breaking the problem down before it answers, so you can read its deliberation.', [2, 1]],
    ],
    host: ['How does R1 compare with o1?', 'And what about Claude and Gemini?', 'Does showing the chain of thought matter to users?'],
    guest: [
      'OpenAI o1 was the first reasoning model, but it hides its chain of thought; R1 shows it.',
      'Reading the chain of thought is oddly compelling; people shared screenshots of it all over.',
      'Claude from Anthropic is not sold as a reasoning model, but it is still excellent at code.',
      'Gemini from Google has a thinking mode too, and it is fast and cheap.',
      'ChatGPT is still what most people mean when they say AI.',
      'On math benchmarks R1 and o1 are close; on everyday questions the differences are about taste.',
      'The chain of thought can be long: thousands of tokens before a short answer.',
      'Anthropic, Google and OpenAI all have the recipe now; what differs is how much compute they spend on it.',
    ],
  },
  {
    title: "China's manufacturing capacity",
    lead: G1,
    topic: 'China',
    host: ['Can China build its own leading-edge chips?', 'How good is Huawei, really?'],
    guest: [
      'China can build a lot of everything, and chips are no exception at older nodes.',
      'Huawei designs the Ascend chips, and they are the main domestic alternative to NVIDIA.',
      'The bottleneck is lithography: without the newest machines, each step down in size gets much harder.',
      'Domestic yields are lower, so each good chip costs more.',
      'China spends more on chip equipment than almost anyone, building up capacity before the rules tighten.',
      'If you cannot buy the H100, a lot of H20s and Huawei chips together can still do a great deal.',
      'Manufacturing capacity is a decade-long game, and China is playing it seriously.',
    ],
  },
  {
    title: 'Cold war with China',
    lead: G1,
    topic: 'the AI arms race',
    host: ['Are we in a cold war with China?', 'What is the worst case here?'],
    guest: [
      'It looks like an arms race, even if nobody wants to call it that.',
      'The worry is Taiwan: so much of the world depends on what is made there.',
      'China and the US both say they want to lead in AI, and both mean it.',
      'Export controls are a tool of that rivalry, and Huawei is the clearest target.',
      'Escalation is the risk: each side answers the other, and nobody can stop first.',
      'Talking to each other would help; the labs in China and the US read the same papers.',
      'The arms race framing makes every efficiency gain look like a military event.',
    ],
  },
  {
    title: 'TSMC and Taiwan',
    lead: G1,
    topic: 'TSMC',
    pinned: [
      [1, G1, 'TSMC dominates chip manufacturing because of its pure foundry model, its economies of scale and a very dedicated workforce.', [4, 0]],
      [12, G1, 'Leading-edge semiconductor research sits in a few places, Taiwan, Oregon and South Korea, and the whole tech industry leans on them.', [4, 1]],
    ],
    host: ['Why does almost every leading-edge chip come from TSMC?', 'What is special about Taiwan?'],
    guest: [
      'A foundry only makes chips for others; it never competes with its customers, so everyone trusts TSMC.',
      'TSMC makes the chips for NVIDIA, for Apple, for almost everyone at the leading edge.',
      'In Taiwan, working at TSMC is a prestigious career, and the engineers stay for decades.',
      'Scale compounds: the more wafers you run, the faster you learn and the better your yields.',
      'Samsung and Intel are the only others even trying at the leading edge.',
      'If Taiwan went offline, the world would lose most of its advanced chips for years.',
      'Taiwan Semiconductor is the company the whole AI boom quietly depends on.',
    ],
  },
  {
    title: 'Best GPUs for AI',
    lead: G1,
    topic: 'NVIDIA',
    host: ['Which GPUs matter most for AI right now?', 'Is the H20 a good chip?'],
    guest: [
      'The H100 is still the workhorse of most training clusters.',
      'NVIDIA wins on software as much as on silicon; CUDA is the moat.',
      'For reasoning models, memory bandwidth matters more than raw compute, which is why the H20 is interesting.',
      'The H20 has less compute than the H100 but plenty of memory, so it serves models well.',
      'Google has its own TPUs, and they are the one serious alternative at scale.',
      'The next generations pack more memory on every chip, because that is what inference needs.',
    ],
  },
  {
    title: 'Building fabs in the US',
    lead: G1,
    topic: 'Intel',
    pinned: [
      [1, G1, 'The US is investing in chip manufacturing at home, but it faces high costs and a very different culture from the ecosystem Taiwan has built.', [4, 2]],
    ],
    host: ['Can the US build leading-edge fabs again?', 'What about Intel and Samsung?'],
    guest: [
      'The CHIPS Act pays for part of it, but a leading-edge fab costs twenty billion dollars or more.',
      'Intel is building new fabs and trying to become a foundry for others too.',
      'Samsung builds in Texas, and TSMC builds in Arizona.',
      'Construction is slow here: permits, water, power and people all take time.',
      'The hardest part is the workforce: engineers who will work nights when a tool goes down.',
      'Intel fell behind when it was late to new lithography, and catching up is brutal.',
    ],
  },
  {
    title: 'OpenAI o3-mini vs DeepSeek R1',
    lead: G2,
    topic: 'o3-mini',
    pinned: [
      [2, G2, 'R1 is much cheaper to use, something like twenty-seven times cheaper than o1, and that comes from its architecture and perhaps a different business model or subsidies.', [3, 2]],
    ],
    host: ['OpenAI answered with o3-mini. How does it compare with R1?', 'Why is R1 so much cheaper?'],
    guest: [
      'o3-mini is fast and good at code, and it arrived days after R1 made the news.',
      'OpenAI priced o3-mini aggressively; R1 forced their hand.',
      'On hard math, o3-mini and R1 trade places depending on the benchmark.',
      'OpenAI o1 set the bar, and within months there were several models near it.',
      'Prices per token are falling by ten times a year for the same quality.',
      'DeepSeek may simply charge close to cost; they are not trying to make a profit yet.',
    ],
  },
  {
    title: 'Scaling laws and the bitter lesson',
    lead: G2,
    topic: 'scaling laws',
    host: ['Do the scaling laws still hold?', 'What is the bitter lesson?'],
    guest: [
      'The scaling laws say that more compute, data and parameters give predictable gains.',
      'People keep predicting the end of the scaling laws, and it keeps not coming.',
      'The Bitter Lesson is an essay by Rich Sutton: general methods that use computation win in the end.',
      'Reinforcement learning fits the bitter lesson: you let the model find its own way with more compute.',
      'Scaling is moving from pre-training to post-training and to inference.',
      'The scaling laws are why NVIDIA sells every GPU it can make.',
    ],
  },
  {
    title: 'The magic of RL',
    lead: G2,
    topic: 'reinforcement learning',
    pinned: [
      [2, G2, 'Post-training is where the model is shaped: instruction tuning for the format of answers, preference tuning with RLHF for what people like, and reinforcement fine-tuning for reasoning, on tasks you can verify, like math and code.', [1, 1]],
      [8, G2, 'The reasoning of R1 comes from reinforcement learning at scale on questions with checkable answers, and the chain of thought emerges from that training; nobody wrote it by hand.', [1, 2]],
    ],
    host: ['Why is reinforcement learning suddenly working so well?', 'What does it mean that behaviour emerges?'],
    guest: [
      'RL on verifiable rewards is simple: the answer is right or it is not, and the model is rewarded for right.',
      'The model learns to check its own work, to backtrack, to try again, without being told to.',
      'Tülu 3 at Ai2 used reinforcement learning with verifiable rewards too, on a smaller scale.',
      'The surprise in R1 is how little hand-made data it needed.',
      'Reinforcement learning was the old dream of AI, and now it sits on top of language models.',
      'Longer chains of thought mean better answers, up to a point; that is a new kind of scaling.',
      'RLHF taught models manners; RL on math and code teaches them to reason.',
    ],
  },
  {
    title: 'Inference compute and its cost',
    lead: G1,
    topic: 'inference compute',
    pinned: [
      [2, G1, 'Reasoning models need far more inference compute: longer outputs, a bigger KV cache in memory, and so they are expensive to run at scale, think five to twenty dollars for one ARC AGI task.', [3, 1]],
    ],
    host: ['Why are reasoning models so expensive to serve?', 'Who can afford that at scale?'],
    guest: [
      'Every token of the chain of thought has to be generated, and each one reads the whole KV cache.',
      'Serving is where most compute will go, more than training.',
      'Microsoft and Google are building data centres mainly for inference.',
      'Batching many users together is how you make it cheap, and long outputs make batching harder.',
      'MLA matters here: a smaller KV cache means more users per GPU.',
      'The price of intelligence per task will fall, but people will ask for much harder tasks.',
    ],
  },
  {
    title: 'DeepSeek training on OpenAI data',
    lead: G2,
    topic: 'distillation',
    host: ['Did DeepSeek train on outputs from OpenAI?', 'Is that even against the rules?'],
    guest: [
      'Distillation means training a model on the outputs of a stronger one, and almost everyone does it somehow.',
      'The terms of OpenAI forbid using their outputs to build competing models.',
      'The internet is now full of text from ChatGPT, so every model sees some of it anyway.',
      'Proving that a model was distilled from another is very hard.',
      'DeepSeek did show that a strong model can teach reasoning to small ones; they released distilled Llama models too.',
      'The irony is that OpenAI trained on the whole internet without asking.',
    ],
  },
  {
    title: 'Open source and Tülu 3',
    lead: G2,
    topic: 'open weights',
    host: ['What does truly open AI look like?', 'What is Tülu 3?'],
    guest: [
      'Tülu 3 is a post-training recipe from Ai2, with the data, the code and the weights all released.',
      'The Allen Institute for AI wants people to be able to reproduce every step.',
      'Tülu 3 started from Llama, the open-weight models from Meta.',
      'Open weights help researchers everywhere; closed models from Anthropic or Google cannot be studied the same way.',
      'The risk argument against open weights gets weaker every time a lab in China releases something as good.',
      'If the best open models come from China, the US loses influence over how AI is built.',
      'Claude and Gemini stay closed, and that is their right; but the open ecosystem needs champions.',
    ],
  },
  {
    title: 'AI megaclusters',
    lead: G1,
    topic: 'megaclusters',
    host: ['How big are the new clusters getting?', 'Where does the power come from?'],
    guest: [
      'Stargate, the project from OpenAI and its partners, talks about hundreds of billions of dollars.',
      'Colossus was built in months, with a hundred thousand GPUs from NVIDIA.',
      'Microsoft is signing power deals, even for nuclear plants.',
      'A megacluster can draw as much power as a city.',
      'The bottleneck is no longer chips alone; it is power, cooling and transformers.',
      'Meta and Google are building at the same scale; nobody wants to be left behind.',
    ],
  },
  {
    title: 'AI agents and programming',
    lead: G2,
    topic: 'agents',
    host: ['Will software engineering agents replace programmers?', 'What is missing for agents to work?'],
    guest: [
      'Software engineering agents can already fix small bugs in real repositories.',
      'Code is the best place for agents, because the tests tell you whether it worked.',
      'Reliability is what is missing: an agent that fails one step in ten cannot do a long task.',
      'Programmers will not disappear, but the job will change toward reviewing and directing.',
      'Claude is what many developers use for code today.',
      'Reinforcement learning on real tasks is how agents will get better.',
    ],
  },
  {
    title: 'Who wins the race to AGI?',
    lead: G2,
    topic: 'AGI',
    script: [],
    host: ['Who wins the race to AGI?', 'What worries you most?', 'What gives you hope?'],
    guest: [
      'Superhuman persuasion worries me more than superhuman coding: models that can talk anyone into anything.',
      'There may not be one winner; the leaders keep changing every few months.',
      'Compute matters, so NVIDIA and the big clouds win either way.',
      'Open models keep everyone honest, whether they come from DeepSeek, Meta or Ai2.',
      'I hope the race does not make us careless.',
      'The future will be weirder than anyone on this call expects.',
    ],
    closing: [
      [HOST, 'Thank you both. This was a wonderful conversation.'],
      [G1, 'Thanks for having us.'],
      [G2, 'Thank you, this was fun.'],
      [HOST, 'Thanks for listening to this episode of the Lex Fridman Podcast, and see you next time.'],
    ],
  },
];

// Shared lines that fit any chapter; `{topic}` is the chapter's topic.
const HOST_REACTIONS = [
  'Right.',
  'Interesting.',
  'Say more about that.',
  'Why does that matter?',
  'So what does that mean in practice?',
  'Can you give an example?',
  'Let me push back on that a little.',
  'That surprises me.',
  'How confident are you in that?',
  'What would change your mind?',
  'Go on.',
  'Is that a consensus view?',
  'Hm. Keep going.',
  'I had not thought of it that way.',
  'Where does that leave everyone else?',
  'So who is right?',
  'And how fast is that changing?',
  'That is a big claim.',
  'What do most people get wrong about this?',
  'Okay.',
];
// Lines that name the chapter's own entities (`{a}`, `{b}`): variety, and mentions where the talk is about them.
const NAMED = [
  'And {a} is part of this too.',
  'Think about what that means for {a}.',
  '{a} and {b} come up again and again here.',
  'Compare that with {a}.',
  'If you look at {a}, you see the same pattern.',
  'That is where {a} comes in.',
  'It is the same story with {a}, in a way.',
  'This is the part about {a} that I find most interesting.',
  'The link between {a} and {b} is the key to all of it.',
  'You cannot understand {a} without {b}.',
  'People outside the field mix up {a} and {b} all the time.',
  'A year from now, {a} may look very different.',
];
const NAMED_DECK = deck(NAMED);
const OPENERS = ['Yeah.', 'Right, and', 'I think', 'To add to that,', 'Exactly.', 'Honestly,', 'Well,', 'And', 'So', 'The thing is,'];
const BRIDGES = [
  'When people talk about {topic}, what they usually miss is the cost.',
  'The part of {topic} that people underestimate is how much engineering it takes.',
  'I keep coming back to {topic} because it explains so much of the rest.',
  'There is a lot of hype around {topic}, but the details are what matter.',
  'If you follow the money, {topic} is where it ends up.',
  'A year ago nobody outside the field was asking about {topic}.',
  'We could talk about {topic} for an hour on its own.',
  'The numbers around {topic} change every few months.',
];
const OPENER_DECK = deck(OPENERS);
const BRIDGE_DECK = deck(BRIDGES);
const REACTION_DECK = deck(HOST_REACTIONS);

/** A sentence with a lower-case start after an opener that runs on ("And", "I think"). */
function joinOpener(opener, sentence) {
  if (/[.]$/.test(opener)) return `${opener} ${sentence}`;
  const head = sentence.charAt(0);
  const keepCase = /^(I |DeepSeek|NVIDIA|TSMC|OpenAI|China|Taiwan|Huawei|Intel|Samsung|Google|Microsoft|Meta|Anthropic|Claude|Gemini|Llama|R1|V3|H\d|MLA|RL|RLHF|Stargate|Colossus|Tülu|Ai2|Rich|The Bitter|CUDA|GPT|ChatGPT|o1|o3)/.test(sentence);
  return `${opener} ${keepCase ? sentence : head.toLowerCase() + sentence.slice(1)}`;
}

/** Entities whose names the chapter's own lines say: what its shared lines may name. */
function namedIn(chapter) {
  const said = [...chapter.guest, ...(chapter.pinned ?? []).map((p) => p[2])].join(' ');
  const says = (name) => new RegExp(`(^|[^\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'iu').test(said);
  return seed.entities.filter((e) => e.type !== 'person' && [e.name, ...(e.aliases ?? [])].some(says)).map(spokenName);
}

/** How a name sounds mid-sentence: ideas in lower case ("chain of thought"), names as they are. */
function spokenName(entity) {
  const lower = entity.type === 'concept' ? (entity.aliases ?? []).find((a) => a === a.toLowerCase() && a.includes(' ')) : undefined;
  return lower ?? entity.name;
}

function namedLine(names) {
  const a = pick(names);
  const b = pick(names.filter((n) => n !== a));
  const template = NAMED_DECK();
  const line = template.replace('{a}', a).replace('{b}', b ?? a);
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** One guest segment: a line of the chapter (or one naming its entities), sometimes opened by a filler or followed by a bridge. */
function guestSegment(chapter, nextLine) {
  const names = namedIn(chapter);
  let text = names.length > 1 && chance(0.4) ? namedLine(names) : nextLine();
  if (chance(0.3)) text = joinOpener(OPENER_DECK(), text);
  if (chance(0.18)) text = `${text} ${BRIDGE_DECK().replace('{topic}', chapter.topic)}`;
  else if (chance(0.12)) {
    const more = nextLine();
    if (!text.includes(more)) text = `${text} ${more}`;
  }
  return text;
}

/** The other guest. */
const otherGuest = (speaker) => (speaker === G1 ? G2 : G1);

/** Segments of one chapter: its script, then turns (guests answer, the host asks and reacts), pinned lines at their places, its closing. */
function chapterLines(chapter, count) {
  const lines = [...(chapter.script ?? [])];
  const closing = chapter.closing ?? [];
  const pinned = new Map((chapter.pinned ?? []).map(([at, speaker, text, point]) => [at, { speaker, text, point }]));
  const nextLine = deck(chapter.guest);
  // Each question is asked once, in order; after that the host only reacts.
  const questions = [...chapter.host];
  if (lines.length === 0) lines.push([HOST, questions.shift()]);
  let guest = chapter.lead;
  while (lines.length < count - closing.length) {
    const pin = pinned.get(lines.length);
    if (pin) {
      lines.push([pin.speaker, pin.text, pin.point]);
      guest = pin.speaker;
      continue;
    }
    const last = lines[lines.length - 1][0];
    const turnLength = lines.filter(([s]) => s === last).length;
    if (last !== HOST && chance(0.3)) {
      lines.push([HOST, questions.length && chance(0.4) ? questions.shift() : REACTION_DECK()]);
      guest = chance(0.68) ? chapter.lead : otherGuest(chapter.lead);
    } else if (last !== HOST && turnLength > 2 && chance(0.25)) {
      guest = otherGuest(last);
      lines.push([guest, guestSegment(chapter, nextLine)]);
    } else {
      lines.push([last === HOST ? guest : last, guestSegment(chapter, nextLine)]);
    }
  }
  for (const [at] of pinned) if (at >= count - closing.length) throw new Error(`"${chapter.title}": pinned line ${at} does not fit in ${count} segments`);
  return [...lines, ...closing];
}

/** Splits `total` in proportion to `weights`, the largest remainders rounding up, so the parts add up exactly. */
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) if (left-- > 0) parts[i]++;
  return parts;
}

const round1 = (t) => Math.round(t * 10) / 10;

// The fixture's listed chapters (its silent ad break is left out: this episode has no ads).
const seedChapters = seed.chapters.filter((c) => c.toc !== false);
if (seedChapters.length !== CHAPTERS.length) throw new Error('chapters out of step with the fixture');
const starts = seedChapters.map((c) => c.start);
const ends = [...starts.slice(1), DURATION];
const counts = apportion(SEGMENTS, starts.map((s, i) => ends[i] - s));

const transcript = [];
const pointTimes = new Map();
CHAPTERS.forEach((chapter, c) => {
  if (chapter.title !== seedChapters[c].title) throw new Error(`chapter ${c}: "${chapter.title}" is not "${seedChapters[c].title}"`);
  const lines = chapterLines(chapter, counts[c]);
  // Time is shared out by length of text, plus a breath between segments.
  const weights = lines.map(([, text]) => text.length + 25);
  const scale = (ends[c] - starts[c]) / weights.reduce((a, b) => a + b, 0);
  let clock = starts[c];
  for (const [speaker, text, point] of lines) {
    const length = (text.length + 25) * scale;
    const start = round1(clock);
    transcript.push({ start, end: round1(clock + length - Math.min(1.5, length * 0.08)), speaker, text });
    if (point) pointTimes.set(point.join(','), start);
    clock += length;
  }
});

/** The start of the first segment that names `phrase`, at or after `from`. */
function firstSaid(phrase, from = 0) {
  const needle = phrase.toLowerCase();
  return transcript.find((s) => s.start >= from && s.text.toLowerCase().includes(needle))?.start;
}

const summary = seed.summary.map((section, s) => ({
  title: section.title,
  points: section.points.map((point, p) => {
    const time = pointTimes.get(`${s},${p}`);
    if (time === undefined) throw new Error(`summary point ${s + 1}.${p + 1} has no line`);
    return { text: point.text, icon: point.icon, time };
  }),
}));

// A topic starts where the talk turns to it: its chapter, or where it is first named.
const TOPIC_CUES = {
  'deepseek-models': ['DeepSeek V3', 251],
  moe: ['mixture of experts', 1520],
  mla: ['multi-head latent attention', 1520],
  'open-weights': ['open weights', 251],
  rl: ['reinforcement learning', 10800],
  cot: ['chain of thought', 4205],
  'export-controls': ['export controls', 3600],
  'gpu-clusters': ['H800', 2860],
  tsmc: ['TSMC', 7100],
  semis: ['fab', 8400],
  'arms-race': ['arms race', 6300],
  inference: ['inference compute', 11800],
  scaling: ['scaling laws', 9880],
  agents: ['software engineering agents', 16500],
  persuasion: ['superhuman persuasion', 17400],
};
const topics = seed.topics.map(({ id, label, entities }) => {
  const [phrase, from] = TOPIC_CUES[id];
  const time = firstSaid(phrase, from);
  if (time === undefined) throw new Error(`topic ${id}: "${phrase}" is never said after ${from} s`);
  return entities ? { id, label, time, entities } : { id, label, time };
});

// Mentions are left out: the library finds them in this transcript, so every mark is where a name is said.
const entities = seed.entities.map(({ mentions, ...entity }) => entity);
const unnamed = entities.filter((e) => !transcript.some((s) => [e.name, ...(e.aliases ?? [])].some((n) => new RegExp(`\\b${n}\\b`, 'i').test(s.text))));
if (unnamed.length) throw new Error(`never named in the transcript: ${unnamed.map((e) => e.id).join(', ')}`);

const episode = {
  $schema: '../../dist/episode.schema.json',
  version: 1,
  id: seed.id,
  title: seed.title,
  show: seed.show,
  published: seed.published,
  duration: DURATION,
  note:
    'Illustrative transcript: its words were written for the episode-kit demo from the episode’s summary and chapters; nobody said them. Speakers are labelled by role only (Host, Guest 1, Guest 2). Chapter times are approximate, and there is no audio.',
  people: seed.people,
  summary,
  topics,
  entities,
  links: seed.links,
  chapters: seedChapters.map(({ start, title, summary: about }) => (about ? { start, title, summary: about } : { start, title })),
  transcript,
};

writeFileSync(OUT, serialize(episode));
console.log(`${OUT}: ${transcript.length} segments, ${episode.chapters.length} chapters, ${entities.length} entities, ${episode.links.length} links, ${topics.length} topics, ${DURATION} s`);

/** Pretty JSON, but one line per link and per segment: a reviewable file of a sensible size. */
function serialize(value) {
  const compactLists = new Set(['links', 'transcript']);
  const body = Object.entries(value).map(([key, v]) => {
    const text = compactLists.has(key)
      ? `[\n${v.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
      : JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${body.join(',\n')}\n}\n`;
}
