/** An account's picture, or its initial on its colour when X gave none. */
export function Avatar({
  url,
  color,
  name,
  size = 36,
}: {
  url: string | null;
  color: string;
  name: string;
  size?: number;
}) {
  const style = { width: size, height: size, borderColor: color };
  return url ? (
    <img className="avatar" src={url} alt="" style={style} referrerPolicy="no-referrer" />
  ) : (
    <span
      className="avatar avatar-initial"
      aria-hidden="true"
      style={{ ...style, background: color }}
    >
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
