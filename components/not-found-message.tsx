/** The title and explanation of the 404 pages. */
export function NotFoundMessage() {
  return (
    <div className="max-w-prose space-y-3">
      <h1 className="text-3xl font-bold">Page introuvable</h1>
      <p className="text-lg">Cette adresse ne correspond à aucune page du site. Le lien a peut-être été mal recopié.</p>
    </div>
  );
}
