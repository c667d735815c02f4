import { useState } from 'react';
import { imageFailedLately, noteImageFailed } from './failed-images';

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
  return url && url !== failedUrl && !imageFailedLately(url) ? (
    <img
      className="avatar"
      src={url}
      alt=""
      style={style}
      referrerPolicy="no-referrer"
      onError={() => {
        noteImageFailed(url);
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
