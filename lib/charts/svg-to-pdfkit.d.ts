// svg-to-pdfkit ships no types; the one call Planeta makes (lib/charts/pdf.ts).
declare module 'svg-to-pdfkit' {
  type Options = {
    width?: number;
    height?: number;
    assumePt?: boolean;
    preserveAspectRatio?: string;
    fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
    warningCallback?: (message: string) => void;
  };
  export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: Options): void;
}
