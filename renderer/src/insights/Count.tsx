/** A figure with its unit set smaller, so "12 days" reads as a number first. */
export function Count({ n, unit }: { n: number; unit: string }) {
  return (
    <>
      {n} <span className="insight-stats__unit">{n === 1 ? unit : `${unit}s`}</span>
    </>
  );
}
