// Makes the demo's episode from demo/source/script.json: speaks every line with eSpeak NG (one
// voice per person), joins the lines with short pauses, encodes demo/episodes/demo.opus, and
// writes demo/episodes/demo.json with the real time of every line, chapter, summary point and
// topic. A development tool: the results are committed; CI never runs it.
// Needs Debian's espeak-ng, sox and opus-tools.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = JSON.parse(readFileSync('demo/source/script.json', 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'ek-demo-'));
const rate = 16000;
const gap = 0.45;
const voices = new Map(script.people.map((p) => [p.id, p]));

const pieces = [];
const transcript = [];
const chapters = [];
const lineStarts = [];
let clock = 0.6;
pieces.push(silence(clock));

script.chapters.forEach((chapter, c) => {
  chapters.push({ start: round(clock), title: chapter.title, summary: chapter.summary });
  lineStarts[c] = [];
  chapter.lines.forEach(([speaker, text], l) => {
    const person = voices.get(speaker);
    const file = join(work, `line-${c}-${l}.wav`);
    execFileSync('espeak-ng', ['-v', person.voice, '-p', String(person.pitch), '-s', '165', '-w', file, text]);
    const resampled = join(work, `line-${c}-${l}-16k.wav`);
    execFileSync('sox', [file, '-r', String(rate), '-c', '1', '-b', '16', resampled]);
    const length = Number(execFileSync('soxi', ['-D', resampled]).toString().trim());
    lineStarts[c][l] = round(clock);
    transcript.push({ start: round(clock), end: round(clock + length), speaker, text });
    pieces.push(resampled);
    clock += length;
    pieces.push(silence(gap));
    clock += gap;
  });
});
pieces.push(silence(1));
clock += 1;

const joined = join(work, 'episode.wav');
execFileSync('sox', [...pieces, joined]);
execFileSync('opusenc', ['--quiet', '--bitrate', '20', '--downmix-mono', joined, 'demo/episodes/demo.opus']);
rmSync(work, { recursive: true, force: true });

const at = (item) => lineStarts[item.chapter]?.[item.line ?? 0];
const episode = {
  $schema: '../../dist/episode.schema.json',
  version: 1,
  id: 'episode-kit-demo',
  title: script.title,
  show: script.show,
  published: script.published,
  duration: round(clock),
  media: { src: 'demo.opus', type: 'audio/ogg; codecs=opus' },
  note: script.note,
  people: script.people.map(({ id, name, role }) => ({ id, name, role })),
  summary: script.summary.map((section) => ({
    title: section.title,
    points: section.points.map((p) => ({ text: p.text, icon: p.icon, time: at(p) })),
  })),
  topics: script.topics.map((t) => ({ label: t.label, time: at(t), entities: t.entities })),
  entities: script.entities,
  links: script.links.map(([source, target, label]) => ({ source, target, label })),
  chapters,
  transcript,
};
writeFileSync('demo/episodes/demo.json', JSON.stringify(episode, null, 2) + '\n');
console.log(`demo episode: ${transcript.length} lines, ${chapters.length} chapters, ${round(clock)} s`);

function silence(seconds) {
  const file = join(work, `silence-${pieces.length}.wav`);
  execFileSync('sox', ['-n', '-r', String(rate), '-c', '1', '-b', '16', file, 'trim', '0', String(seconds)]);
  return file;
}

function round(value) {
  return Math.round(value * 100) / 100;
}
