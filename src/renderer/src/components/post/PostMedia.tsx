import type { Media } from '../../../../shared/x/types';

const LABELS: Record<Media['type'], string> = {
  photo: 'Photo',
  video: 'Video',
  animated_gif: 'GIF',
};

/** Thumbnails of a post's media; a video or GIF shows its still, marked as such. */
export function PostMedia({ media }: { media: readonly Media[] }) {
  const shown = media.filter((m) => m.url ?? m.previewImageUrl);
  if (shown.length === 0) return null;
  return (
    <div className={`post-media count-${Math.min(shown.length, 4)}`}>
      {shown.slice(0, 4).map((m) => (
        <figure key={m.mediaKey} className="post-media-item">
          <img
            src={m.url ?? m.previewImageUrl}
            alt={m.altText ?? `${LABELS[m.type]} without a description`}
            loading="lazy"
            referrerPolicy="no-referrer"
            width={m.width}
            height={m.height}
          />
          {m.type !== 'photo' && <figcaption className="media-kind">{LABELS[m.type]}</figcaption>}
        </figure>
      ))}
    </div>
  );
}
