/** Viewers see the same pages without write controls; the services refuse their writes anyway. */
export function ReadOnlyNotice() {
  return <p className="mb-6 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">You are a viewer: you can look, but not change anything here.</p>;
}
