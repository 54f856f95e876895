import { useToast } from '../../components/Toast';
import { csvType, downloadText } from '../../files/downloads';

interface CsvFile {
  fileName: string;
  csv: string;
}

/**
 * The end of a query's toolbar: every query saves its result the same way, and says so (or
 * what went wrong) in a message rather than in the result's place.
 */
export function ExportCsvButton({
  file,
}: {
  /** Makes the file to save; none while there is nothing to save yet (the button waits). */
  file: (() => CsvFile | Promise<CsvFile>) | null;
}) {
  const toast = useToast();

  const save = async () => {
    if (!file) return;
    try {
      const { fileName, csv } = await file();
      downloadText(fileName, csv, csvType);
      toast.show(`Saved ${fileName}`);
    } catch (e) {
      toast.show((e as Error).message);
    }
  };

  return (
    <>
      <span className="spacer" />
      <button type="button" onClick={() => void save()} disabled={!file}>
        Export CSV
      </button>
    </>
  );
}
