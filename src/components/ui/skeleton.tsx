interface SkeletonProps {
  /** Number of placeholder rows. */
  rows: number;
  /** Height of one row in rem, close to the real entry so nothing shifts when data arrives. */
  rowHeight: number;
  label: string;
}

export function Skeleton({ rows, rowHeight, label }: SkeletonProps) {
  return (
    <div role="status" aria-label={label} className="space-y-3">
      {Array.from({ length: rows }, (_, i) => (
        <div
          key={i}
          className="animate-pulse rounded-md bg-subtle motion-reduce:animate-none"
          style={{ height: `${rowHeight}rem` }}
        />
      ))}
    </div>
  );
}
