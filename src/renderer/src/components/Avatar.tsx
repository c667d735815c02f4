import { useState } from 'react';

// Pictures that failed to load, and when. Cards mount and unmount all the time in a scrolled
// column: without this, each mount would ask the unreachable host again and then swap the broken
// image for the initial. A failed picture is tried again after a while.
const failedAt = new Map<string, number>();
const RETRY_AFTER_MS = 5 * 60_000;

const failedLately = (url: string) => {
  const at = failedAt.get(url);
  return at !== undefined && Date.now() - at < RETRY_AFTER_MS;
};

/**
 * An account's picture, or its initial on its colour when X gave none or the picture cannot be
 * loaded (offline, or X's image host unreachable).
 */
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
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const style = { width: size, height: size, borderColor: color };
  return url && url !== failedUrl && !failedLately(url) ? (
    <img
      className="avatar"
      src={url}
      alt=""
      style={style}
      referrerPolicy="no-referrer"
      onError={() => {
        failedAt.set(url, Date.now());
        setFailedUrl(url);
      }}
    />
  ) : (
    <span
      className="avatar avatar-initial"
      aria-hidden="true"
      style={{ ...style, background: color, fontSize: Math.round(size * 0.45) }}
    >
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
