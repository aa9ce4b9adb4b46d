export function LoadingScreen() {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Opening production…
    </div>
  );
}
