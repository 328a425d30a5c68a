/**
 * The "Edit" and "Remove" pair of a row in an objective's lists (key results, activities): small
 * ghost buttons whose accessible names carry the row's title, so a screen reader hears which.
 */
export function EditRemoveButtons({
  name,
  onEdit,
  onRemove,
}: {
  name: string;
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <>
      <button type="button" className="button button--ghost button--small" onClick={onEdit}>
        Edit<span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onRemove}>
        Remove<span className="visually-hidden"> {name}</span>
      </button>
    </>
  );
}
