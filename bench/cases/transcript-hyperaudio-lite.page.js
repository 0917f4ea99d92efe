import { HyperaudioLite } from '/bench/node_modules/hyperaudio-lite/js/hyperaudio-lite.mjs';

const css = `
#ha-transcript { height: 100%; overflow-y: auto; padding: 0 16px; box-sizing: border-box; }
#ha-transcript p { margin: 0 0 0.75em; }
#ha-transcript .speaker { font-weight: 600; }
#ha-transcript .read { color: #555; }
#ha-transcript .active > .active { background: #ffe58a; }
`;

export function setup() {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

// Resolves once hyperaudio-lite's next visual-state update (and what runs after it in the same
// task: the autoscroll) has finished; its update runs after an `await getTime()`.
function afterNextUpdate(ha) {
  return new Promise((resolve) => {
    const original = ha.updateTranscriptVisualState;
    ha.updateTranscriptVisualState = function (...args) {
      ha.updateTranscriptVisualState = original;
      const result = original.apply(this, args);
      resolve();
      return result;
    };
  });
}

/** Builds the markup hyperaudio-lite expects (DOM APIs, no HTML parsing), then starts it. */
export function mount(stage, episode) {
  const names = new Map((episode.people ?? []).map((person) => [person.id, person.name]));
  const audio = document.createElement('audio');
  audio.id = 'ha-player';
  audio.preload = 'none';
  const section = document.createElement('section');
  section.id = 'ha-transcript';
  const fragment = document.createDocumentFragment();
  for (const segment of episode.transcript) {
    const m = String(Math.round(segment.start * 1000));
    const d = String(Math.round(((segment.end ?? segment.start) - segment.start) * 1000));
    const p = document.createElement('p');
    const speaker = document.createElement('span');
    speaker.className = 'speaker';
    speaker.dataset.m = m;
    speaker.dataset.d = '0';
    speaker.textContent = `${names.get(segment.speaker) ?? segment.speaker}: `;
    const text = document.createElement('span');
    text.dataset.m = m;
    text.dataset.d = d;
    text.textContent = `${segment.text} `;
    p.append(speaker, text);
    fragment.append(p);
  }
  section.append(fragment);
  stage.append(audio, section);
  const ha = new HyperaudioLite({ transcript: 'ha-transcript', player: 'ha-player', autoScroll: true, playOnClick: false });
  return { ha, audio };
}

/** One playback tick: what its polling loop does while the media plays. */
export async function setTime(time, { ha, audio }) {
  audio.currentTime = time; // no media loaded: the element keeps it as its position
  ha.myPlayer.paused = false;
  const done = afterNextUpdate(ha);
  ha.checkPlayHead();
  await done;
  ha.clearTimer(); // its next poll would be extra work outside the measured update
}

/** A seek: what its `seeked` listener does. */
export async function seek(time, { ha, audio }) {
  audio.currentTime = time;
  ha.myPlayer.paused = true;
  const done = afterNextUpdate(ha);
  ha.handleSeeked();
  await done;
}
