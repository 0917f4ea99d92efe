// Never rendered: `tsc` (in `npm run build`) checks that the generated JSX types reject these.
export function TypeChecks() {
  return (
    <>
      {/* @ts-expect-error layout is 'list' | 'timeline' */}
      <key-moments layout="grid" />
      {/* @ts-expect-error a seek's detail has `time`, not `id` */}
      <key-moments onseek={(event) => event.detail.id} />
      {/* @ts-expect-error size-by is 'degree' | 'mentions' */}
      <knowledge-graph sizeBy="weight" />
      {/* @ts-expect-error playback is read-only, not a prop */}
      <transcript-view playback={undefined} />
      {/* @ts-expect-error an entity-select's detail has `id`, not `time` */}
      <episode-provider onentity-select={(event) => event.detail.time} />
      <knowledge-graph onentity-select={(event) => event.detail.id?.toUpperCase()} noFollow provider="episode" />
    </>
  );
}
