/** Said next to every setting an admin locked, and tied to it with aria-describedby. */
export function LockedNote({ id }: { id: string }) {
  return (
    <span id={id} class="gp-locked">
      <span aria-hidden="true">🔒 </span>Locked by your organisation
    </span>
  );
}
