import { Icon } from '../../components/Icon';
import { formatWhen } from './commentWords';
import { useReviewInfo } from './readOnly';

/** The top bar of a review copy: what it is, in words that cannot be missed, where the save status usually is. */
export function ReviewBanner() {
  const review = useReviewInfo();
  if (!review) return null;
  return (
    <div className="review-banner" role="status" data-testid="review-banner">
      <Icon name="shield" size={14} />
      <strong>Review copy — nothing here can be changed</strong>
      <span className="review-banner__detail">
        of <bdi>“{review.productionTitle}”</bdi>, made {formatWhen(review.madeAt)}
      </span>
    </div>
  );
}
