import { useState } from 'react';
import type { Media } from '../../../../shared/x/types';
import { imageFailedLately, noteImageFailed } from '../failed-images';

const LABELS: Record<Media['type'], string> = {
  photo: 'Photo',
  video: 'Video',
  animated_gif: 'GIF',
};

/** One thumbnail; where it cannot be loaded, its description in a box of its size. */
function Thumbnail({ media, src }: { media: Media; src: string }) {
  const [failed, setFailed] = useState(false);
  const alt = media.altText ?? `${LABELS[media.type]} without a description`;
  return (
    <figure className="post-media-item">
      {failed || imageFailedLately(src) ? (
        <span className="media-missing" role="img" aria-label={alt}>
          {alt}
        </span>
      ) : (
        <img
          src={src}
          alt={alt}
          loading="lazy"
          referrerPolicy="no-referrer"
          width={media.width}
          height={media.height}
          onError={() => {
            noteImageFailed(src);
            setFailed(true);
          }}
        />
      )}
      {media.type !== 'photo' && (
        <figcaption className="media-kind">{LABELS[media.type]}</figcaption>
      )}
    </figure>
  );
}

/** Thumbnails of a post's media; a video or GIF shows its still, marked as such. */
export function PostMedia({ media }: { media: readonly Media[] }) {
  const shown = media.flatMap((m) => {
    const src = m.url ?? m.previewImageUrl;
    return src ? [{ media: m, src }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <div className={`post-media count-${Math.min(shown.length, 4)}`}>
      {shown.slice(0, 4).map(({ media: m, src }) => (
        <Thumbnail key={m.mediaKey} media={m} src={src} />
      ))}
    </div>
  );
}
