export function SuccessMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-inset ring-green-200">
      {message}
    </div>
  );
}
