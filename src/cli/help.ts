/** The CLI's help texts: what `--help` prints for the tool and for each command. */

export const MAIN_HELP = `Usage: episode-kit <command> [options]

Check and make episode files for episode-kit's web components.

Commands:
  validate FILE…       check episode files and the companion files they name
  import               write an episode file from a transcript, chapters or an RSS item
  draft                import, then draft entities, links, topics, key moments and a summary
                       from the transcript
  help [COMMAND]       show this help, or a command's

Options:
  -h, --help           show help (also after a command: episode-kit import --help)
  -v, --version        print episode-kit's version

Exit status: 0 done; 1 errors in the input (or a file that cannot be read); 2 bad usage.
Needs Node 20 or newer. More in the README's "CLI" section (node_modules/episode-kit/README.md).
`;

export const VALIDATE_HELP = `Usage: episode-kit validate [options] FILE…

Checks each episode file (a path or an http(s) URL) as the components would load it: the file,
then the chapters and transcript files it names (WebVTT, SRT, Podcasting 2.0 or Whisper JSON,
HTML, plain text), resolved next to it. Prints every problem with the file, its line, the JSON
path and what was done about it:

  episode.json:14: error: transcript[2].start: expected seconds or "h:mm:ss", got "soon"; segment dropped
  chapters.vtt:19: warning: chapters: cue ends (00:11:00.000) at or before its start (00:12:05.500); cue dropped

An error means the file has nothing to show; a warning, that a part was left out or changed
and the rest still shows.

Options:
  --json               print one JSON report on standard output instead:
                       { valid, errors, warnings, files: [{ file, valid, errors: [{ path,
                       message, file, line?, column? }], warnings: […] }] }
  --strict             warnings count as errors for the exit status
  -h, --help           show this help

Exit status: 0 every file is valid (warnings allowed unless --strict); 1 a file has errors or
cannot be read; 2 bad usage.

Examples:
  episode-kit validate episode.json
  episode-kit validate --json episodes/*.json > report.json
  episode-kit validate https://example.com/ep42/episode.json
`;

export const IMPORT_HELP = `Usage: episode-kit import --transcript FILE [--chapters FILE] [options]
       episode-kit import --feed URL|FILE [--guid GUID | --item N] [options]

Writes an episode file in episode-kit's format (with "$schema" for editors) from the files
podcasters already have. FILE and URL may each be a path or an http(s) URL.

Sources:
  --transcript FILE    a transcript: WebVTT, SRT, Podcasting 2.0 JSON, Whisper/WhisperX JSON
                       (OpenAI verbose_json), HTML or plain text ("Speaker: text" lines with
                       optional times); the format comes from the extension, else the content
  --chapters FILE      chapters: Podcasting 2.0 JSON or WebVTT chapters
  --feed URL|FILE      an RSS feed (Podcasting 2.0 tags understood): the item's title, show,
                       date, media, people, chapters and transcript; --transcript and
                       --chapters replace the feed's
  --guid GUID          the feed item with this guid
  --item N             the feed item at this position, from 0 in feed order (without --guid or
                       --item: the latest by pubDate)
  --lang LANG          preferred transcript language for a feed with several (e.g. en, pt-BR)

Fields:
  --title TEXT         the episode title (default: the feed item's, else the transcript's
                       file name, with a warning)
  --show TEXT          the show's name
  --media URL          the audio or video file (media.src)

Output:
  --out FILE           write the episode file here (default: standard output)
  --keep-src           keep chapters and transcript as { "src": … } links (relative to --out)
                       instead of inlining them; they are still read and checked
  -h, --help           show this help

Problems in the inputs are printed on standard error as warnings (file:line: warning: path:
message); the episode is written with the rest.

Exit status: 0 written; 1 nothing to write (errors) or a file that cannot be read; 2 bad usage.

Examples:
  episode-kit import --transcript episode42.vtt --chapters chapters.json --title "Episode 42" --out episode.json
  episode-kit import --transcript whisperx.json --media https://cdn.example.com/ep42.mp3 > episode.json
  episode-kit import --feed https://example.com/feed.xml --item 0 --out episode.json
`;

export const DRAFT_HELP = `Usage: episode-kit draft --transcript FILE [--chapters FILE] [options]
       episode-kit draft --feed URL|FILE [--guid GUID | --item N] [options]

Reads the sources as episode-kit import does, then drafts from the transcript what a page
needs beyond it, for an editor to check:

  entities   people, organisations and places (tagged by compromise), products and other
             names, recurring phrases as concepts; named in at least 2 segments (speakers
             with a name always; role labels such as "Host" or "Guest 1" never); variants
             (case, possessive, plural, a surname alone) merged; mentions at segment starts
  links      entities named in the same or the next segment, weighted by how often; each
             keeps its strongest 2
  topics     the most-said phrases, with the entities around them and when first said
  chapters   only when there are none: cut where the subject changes (TextTiling), titled
             by the entity or phrase most particular to each part
  summary    per chapter, the transcript's most central sentences, quoted as said
  note       which parts the tool drafted

Fields the feed already fills are kept. The same input gives the same file, byte for byte.

Sources:
  --transcript FILE    a transcript in any format import reads (WebVTT, SRT, Podcasting 2.0
                       or Whisper JSON, HTML, plain text)
  --chapters FILE      chapters (Podcasting 2.0 JSON or WebVTT); kept as the key moments
  --feed URL|FILE      an RSS item: title, show, date, media, people (speakers who are
                       podcast:person entries become person entities), chapters, transcript
  --guid GUID          the feed item with this guid
  --item N             the feed item at this position, from 0 in feed order
  --lang LANG          preferred transcript language for a feed with several

Fields:
  --title TEXT         the episode title (default: the feed item's, else the file name)
  --show TEXT          the show's name
  --media URL          the audio or video file (media.src)

Output:
  --out FILE           write the episode file here (default: standard output)
  -h, --help           show this help

Exit status: 0 written; 1 nothing to draft from (no transcript) or a file that cannot be
read; 2 bad usage.

Examples:
  episode-kit draft --transcript episode42.vtt --title "Episode 42" --out episode.json
  episode-kit draft --feed https://example.com/feed.xml --item 0 --out episode.json
`;
