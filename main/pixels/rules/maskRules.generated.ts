// Generated from maskRules.json, the file to edit; maskRules.test.ts fails when the two differ.
// The engine does not read data files beside its code (the packaged app has none), so the library is a module.
export const MASK_RULE_LIBRARY: unknown = {
  "version": 1,
  "description": "Device-specific regions of burned-in text, as published by the RSNA CTP DicomPixelAnonymizer script and the pydicom/deid graylist. Each rule names its source and the published entry it restates. Only entries whose conditions are modality, manufacturer, model, rows and columns are included: entries that also depend on Image Type, Series Description, Burned In Annotation, window settings or overlay text cannot be matched on these attributes alone without masking images they were never meant for.",
  "notes": [
    "Regions are CTP's (x, y, width, height) in pixels from the top-left corner, kept as published. CTP blanks through column x + width and row y + height inclusive (Regions.getRangesFor), one pixel more than a Peitto rectangle covers; the text lies well inside these bands.",
    "Where a source tests Rows or Columns with 'contains', the rule uses the exact value; manufacturer and model are matched case-insensitively as contained text, as in both sources.",
    "Every matched region must still be reviewed: these rules catch known layouts, they do not prove an image is free of burned-in text."
  ],
  "rules": [
    {
      "id": "ctp-us-ge-logiq9",
      "description": "GE LOGIQ 9 ultrasound: top banner",
      "rule": {
        "model": "LOGIQ9"
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 640,
          "height": 40,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / GE / Logiq US: [0008,1090] contains LOGIQ9; (0,0,640,40)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-ge-logiqe9",
      "description": "GE LOGIQ E9 ultrasound: top banner",
      "rule": {
        "model": "LOGIQE9"
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 960,
          "height": 70,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / GE / Logiq US: [0008,1090] contains LOGIQE9; (0,0,960,70)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-philips-iu22-480",
      "description": "Philips iU22 ultrasound, 480 rows: top banner",
      "rule": {
        "model": "iU22",
        "rows": 480
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 640,
          "height": 47,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / Philips / IU22: [0008,1090] contains iU22, [0028,0010] contains 480; (0,0,640,47)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-philips-iu22-768",
      "description": "Philips iU22 ultrasound, 768 rows: top banner",
      "rule": {
        "model": "iU22",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1024,
          "height": 75,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / Philips / IU22: [0008,1090] contains iU22, [0028,0010] contains 768; (0,0,1024,75)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-philips-iu22-600",
      "description": "Philips iU22 ultrasound, 600 rows: top banner",
      "rule": {
        "model": "iU22",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 800,
          "height": 59,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / Philips / IU22: [0008,1090] contains iU22, [0028,0010] contains 600; (0,0,800,59)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-zonare-z-one",
      "description": "Zonare z.one ultrasound: top banner",
      "rule": {
        "model": "Z_ONE"
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 800,
          "height": 65,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / Zonare: [0008,1090] contains Z_ONE; (0,0,800,65)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-atl-hdi5000",
      "description": "ATL HDI 5000 ultrasound, 640 × 476: banner fields",
      "rule": {
        "modality": "US",
        "manufacturer": "ATL",
        "model": "HDI 5000",
        "rows": 476,
        "columns": 640
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 40,
          "y": 0,
          "width": 200,
          "height": 40,
          "category": "burned-in-text"
        },
        {
          "type": "rectangle",
          "x": 240,
          "y": 0,
          "width": 190,
          "height": 16,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / ATL: Modality US, [0008,0070] contains ATL, [0008,1090] contains HDI 5000, Rows 476, Columns 640; (40,0,200,40) (240,0,190,16)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-siemens-antares",
      "description": "Siemens Antares ultrasound, 1024 × 768: banner and labels",
      "rule": {
        "modality": "US",
        "manufacturer": "SIEMENS",
        "model": "ANTARES",
        "rows": 768,
        "columns": 1024
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1024,
          "height": 60,
          "category": "burned-in-text"
        },
        {
          "type": "rectangle",
          "x": 200,
          "y": 60,
          "width": 20,
          "height": 20,
          "category": "burned-in-text"
        },
        {
          "type": "rectangle",
          "x": 800,
          "y": 65,
          "width": 104,
          "height": 14,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / Siemens: Modality US, [0008,0070] contains SIEMENS, [0008,1090] contains ANTARES, Rows 768, Columns 1024; (0,0,1024,60) (200,60,20,20) (800,65,104,14)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-siemens-acuson-800x600",
      "description": "Siemens Acuson ultrasound, 800 × 600: banner and label",
      "rule": {
        "modality": "US",
        "manufacturer": "SIEMENS",
        "model": "ACUSON",
        "rows": 600,
        "columns": 800
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 800,
          "height": 43,
          "category": "burned-in-text"
        },
        {
          "type": "rectangle",
          "x": 128,
          "y": 56,
          "width": 16,
          "height": 16,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / Siemens: Modality US, [0008,0070] contains SIEMENS, [0008,1090] contains ACUSON, Rows 600, Columns 800; (0,0,800,43) (128,56,16,16)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-acuson-sequoia",
      "description": "Acuson Sequoia ultrasound, 640 × 480: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "ACUSON",
        "model": "SEQUOIA",
        "rows": 480,
        "columns": 640
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 640,
          "height": 30,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / Acuson: Modality US, [0008,0070] contains ACUSON, [0008,1090] contains SEQUOIA, Rows 480, Columns 640; (0,0,640,30)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-toshiba-aplio500",
      "description": "Toshiba Aplio 500 ultrasound, 960 × 720: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "TOSHIBA",
        "model": "A500",
        "rows": 720,
        "columns": 960
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 960,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / Toshiba Aplio 500: Modality US, [0008,0070] contains TOSHIBA, [0008,1090] contains A500, Rows 720, Columns 960; (0,0,960,60)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-us-supersonic-aixplorer",
      "description": "SuperSonic Imagine Aixplorer ultrasound, 1400 × 1050: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "SuperSonic Imagine SA",
        "model": "Aixplorer",
        "rows": 1050,
        "columns": 1400
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1000,
          "height": 89,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry US / Supersonic Imagine 5A: Modality US, Manufacturer contains SuperSonic Imagine SA, ManufacturerModelName contains Aixplorer, Rows 1050, Columns 1400; (0,0,1000,89)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-dx-canon-cxdi-2592",
      "description": "Canon CXDI radiography, 2592 rows: top and bottom bands",
      "rule": {
        "manufacturer": "Canon",
        "model": "CXDI",
        "rows": 2592
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 2208,
          "height": 80,
          "category": "burned-in-text"
        },
        {
          "type": "rectangle",
          "x": 0,
          "y": 2512,
          "width": 2208,
          "height": 80,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry CR / DR / Canon: [0008,0070] contains Canon, [0008,1090] contains CXDI, [0028,0010] contains 2592; (0,0,2208,80) (0,2512,2208,80)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "ctp-adac-1024x832",
      "description": "ADAC screens, 1024 × 832: top and bottom bands",
      "rule": {
        "manufacturer": "ADAC",
        "rows": 832,
        "columns": 1024
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1024,
          "height": 60,
          "category": "burned-in-text"
        },
        {
          "type": "rectangle",
          "x": 0,
          "y": 762,
          "width": 1024,
          "height": 80,
          "category": "burned-in-text"
        }
      ],
      "source": "RSNA CTP DicomPixelAnonymizer.script at 054d50860598, entry OTHER / ADAC: [0008,0070] contains ADAC, [0028,0010] contains 832, [0028,0011] contains 1024; (0,0,1024,60) (0,762,1024,80)",
      "sourceUrl": "https://github.com/johnperry/CTP/blob/054d50860598b589e59469f1e6cc25519bded87f/source/files/scripts/DicomPixelAnonymizer.script"
    },
    {
      "id": "deid-us-siemens-s2000-1024x768",
      "description": "Siemens S2000 ultrasound, 1024 × 768: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "SIEMENS",
        "model": "S2000",
        "rows": 768,
        "columns": 1024
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1024,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL SIEMMENS # (CTP): Modality US, Manufacturer SIEMENS, ManufacturerModelName S2000, Rows 768, Columns 1024; ctpcoordinates 0,0,1024,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-pt-philips-gemini-245x446",
      "description": "Philips GEMINI PET, 245 × 446: top-left label",
      "rule": {
        "modality": "PT",
        "manufacturer": "Philips",
        "model": "GEMINI",
        "rows": 446,
        "columns": 245
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 125,
          "height": 50,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Philips PT # (CTP): Modality PT, Manufacturer Philips, ManufacturerModelName GEMINI, Rows 446, Columns 245; ctpcoordinates 0,0,125,50",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-pt-philips-gemini-493x445",
      "description": "Philips GEMINI PET, 493 × 445: top-left label",
      "rule": {
        "modality": "PT",
        "manufacturer": "Philips",
        "model": "GEMINI",
        "rows": 445,
        "columns": 493
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 140,
          "height": 55,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Philips PT # (CTP): Modality PT, Manufacturer Philips, ManufacturerModelName GEMINI, Rows 445, Columns 493; ctpcoordinates 0,0,140,55",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-pt-philips-gemini-492x373",
      "description": "Philips GEMINI PET, 492 × 373: top-left label",
      "rule": {
        "modality": "PT",
        "manufacturer": "Philips",
        "model": "GEMINI",
        "rows": 373,
        "columns": 492
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 100,
          "height": 25,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Philips PT # (CTP): Modality PT, Manufacturer Philips, ManufacturerModelName GEMINI, Rows 373, Columns 492; ctpcoordinates 0,0,100,25",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-v830",
      "description": "GE V830 ultrasound: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE",
        "model": "V830"
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 960,
          "height": 70,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Logiq US (LOGIQE9 or V830) # (CTP): Modality US, Manufacturer GE, ManufacturerModelName LOGIQE9|V830 (the V830 alternative); ctpcoordinates 0,0,960,70",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-logiqe-614",
      "description": "GE LOGIQ E ultrasound, 614 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE",
        "model": "LOGIQE",
        "rows": 614
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 75,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Logiq US LOGIQE # (AMBR): Modality US, Manufacturer GE, Rows 614, ManufacturerModelName LOGIQE; ctpcoordinates 0,0,1150,75",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-philips-affiniti70g-768",
      "description": "Philips Affiniti 70G ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Philips",
        "model": "Affiniti 70G",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1024,
          "height": 22,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Philips Affiniti # (AMB): Modality US, Manufacturer Philips, Rows 768, ManufacturerModelName Affiniti 70G; ctpcoordinates 0,0,1024,22",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-philips-clearvue650-600",
      "description": "Philips ClearVue 650 ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Philips",
        "model": "ClearVue 650",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 22,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Philips Affiniti # (AMB): Modality US, Manufacturer Philips, Rows 600, ManufacturerModelName ClearVue 650; ctpcoordinates 0,0,1150,22",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-philips-affiniti70g-825",
      "description": "Philips Affiniti 70G ultrasound, 825 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Philips",
        "model": "Affiniti 70G",
        "rows": 825
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1140,
          "height": 70,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Philips Affiniti # (AMB): Modality US, Manufacturer Philips, Rows 825, ManufacturerModelName Affiniti 70G; ctpcoordinates 0,0,1140,70",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-philips-epiq-600",
      "description": "Philips EPIQ ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Philips",
        "model": "EPIQ",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1024,
          "height": 49,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL EPIQ 7G # (CTP): Modality US, Manufacturer Philips, Rows 600, ManufacturerModelName EPIQ; ctpcoordinates 0,0,1024,49",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-philips-epiq-768",
      "description": "Philips EPIQ ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Philips",
        "model": "EPIQ",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1024,
          "height": 49,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL EPIQ 7G # (CTP): Modality US, Manufacturer Philips, Rows 768, ManufacturerModelName EPIQ; ctpcoordinates 0,0,1024,49",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-philips-epiq-825",
      "description": "Philips EPIQ ultrasound, 825 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Philips",
        "model": "EPIQ",
        "rows": 825
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 800,
          "height": 59,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL EPIQ 7G # (FFUR): Modality US, Manufacturer Philips, Rows 825, ManufacturerModelName EPIQ; ctpcoordinates 0,0,800,59",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-philips-cx50",
      "description": "Philips CX50 ultrasound: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Philips",
        "model": "CX50"
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 800,
          "height": 59,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL CX50 # (CTP): Modality US, Manufacturer Philips, ManufacturerModelName CX50; ctpcoordinates 0,0,800,59",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-zonare-zs3-600",
      "description": "Zonare ZS3 ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Zonare",
        "model": "ZS3",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 55,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Z_ONE # (FFUR): Modality US, Manufacturer Zonare, Rows 600, ManufacturerModelName ZS3; ctpcoordinates 0,0,1150,55",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-atl-hdi4000-480",
      "description": "ATL HDI 4000 ultrasound, 480 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "ATL",
        "model": "HDI4000",
        "rows": 480
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1140,
          "height": 62,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL ATL HDI4000 # (FFUR): Modality US, Manufacturer ATL, Rows 480, ManufacturerModelName HDI4000; ctpcoordinates 0,0,1140,62",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-siemens-g40-600",
      "description": "Siemens Acuson G40 ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Siemens",
        "model": "G40",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 980,
          "height": 45,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Siemens Acuson # (FFUR): Modality US, Manufacturer Siemens, Rows 600, ManufacturerModelName G40; ctpcoordinates 0,0,980,45",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-siemens-acuson-nx3-768",
      "description": "Siemens Acuson NX3 ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Siemens",
        "model": "ACUSON NX3",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 58,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Siemens Acuson # (FFUR): Modality US, Manufacturer Siemens, Rows 768, ManufacturerModelName ACUSON NX3; ctpcoordinates 0,0,1150,58",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-siemens-x150-600",
      "description": "Siemens Acuson X150 ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Siemens",
        "model": "X150",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1145,
          "height": 50,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Siemens Acuson # (FFUR): Modality US, Manufacturer Siemens, Rows 600, ManufacturerModelName X150; ctpcoordinates 0,0,1145,50",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-siemens-s3000-768",
      "description": "Siemens Acuson S3000 ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Siemens",
        "model": "S3000",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1040,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Siemens Acuson # (FFUR): Modality US, Manufacturer Siemens, Rows 768, ManufacturerModelName S3000; ctpcoordinates 0,0,1040,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-toshiba-aplio400",
      "description": "Toshiba Aplio 400 ultrasound, 960 × 720: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "TOSHIBA",
        "model": "A400",
        "rows": 720,
        "columns": 960
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 960,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Toshiba Aplio 400 or 500 # (CTP): Modality US, Manufacturer TOSHIBA, Rows 720, Columns 960, ManufacturerModelName A400|A500 (the A400 alternative); ctpcoordinates 0,0,960,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-toshiba-tus-a300-632",
      "description": "Toshiba TUS-A300 ultrasound, 632 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "TOSHIBA",
        "model": "TUS-A300",
        "rows": 632
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 72,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL TOSHIBA # (FFUR): Modality US, Manufacturer TOSHIBA, Rows 632, ManufacturerModelName TUS-A300; ctpcoordinates 0,0,1150,72",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-toshiba-tus-a300-720",
      "description": "Toshiba TUS-A300 ultrasound, 720 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "TOSHIBA",
        "model": "TUS-A300",
        "rows": 720
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 68,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL TOSHIBA # (FFUR): Modality US, Manufacturer TOSHIBA, Rows 720, ManufacturerModelName TUS-A300; ctpcoordinates 0,0,1150,68",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-toshiba-tus-a500-632",
      "description": "Toshiba TUS-A500 ultrasound, 632 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "TOSHIBA",
        "model": "TUS-A500",
        "rows": 632
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL TOSHIBA # (FFUR): Modality US, Manufacturer TOSHIBA, Rows 632, ManufacturerModelName TUS-A500; ctpcoordinates 0,0,1150,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-supersonic-aixplorer",
      "description": "SuperSonic Imagine Aixplorer ultrasound, 1400 × 1050: full-width top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "SuperSonic",
        "model": "Aixplorer",
        "rows": 1050,
        "columns": 1400
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1400,
          "height": 89,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Supersonic Imagine 5A # (CTP): Modality US, Manufacturer SuperSonic Imagine SA|SuperSonic, Rows 1050, Columns 1400, ManufacturerModelName Aixplorer; ctpcoordinates 0,0,1400,89",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-seno-1920x1058",
      "description": "SENO ultrasound, 1920 × 1058: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "SENO",
        "rows": 1058,
        "columns": 1920
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 161,
          "y": 0,
          "width": 1632,
          "height": 50,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL SENO # (CTP): Modality US, Manufacturer SENO, Rows 1058, Columns 1920; ctpcoordinates 161,0,1632,50",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-seno-1920x1056",
      "description": "SENO ultrasound cine, 1920 × 1056: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "SENO",
        "rows": 1056,
        "columns": 1920
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 161,
          "y": 0,
          "width": 1632,
          "height": 50,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL SENO Cine # (CTP): Modality US, Manufacturer SENO, Rows 1056, Columns 1920; ctpcoordinates 161,0,1632,50",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-esaote-6100-608",
      "description": "Esaote 6100 ultrasound, 608 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "ESAOTE",
        "model": "6100",
        "rows": 608
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 790,
          "height": 52,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL ESAOTE # (FFUR): Manufacturer ESAOTE, Modality US, ManufacturerModelName 6100, Rows 608; ctpcoordinates 0,0,790,52",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-esaote-6150-804",
      "description": "Esaote 6150 ultrasound, 804 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "ESAOTE",
        "model": "6150",
        "rows": 804
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1030,
          "height": 45,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL ESAOTE # (FFUR): Manufacturer ESAOTE, Modality US, ManufacturerModelName 6150, Rows 804; ctpcoordinates 0,0,1030,45",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-esaote-6150-608",
      "description": "Esaote 6150 ultrasound, 608 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "ESAOTE",
        "model": "6150",
        "rows": 608
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1140,
          "height": 72,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL ESAOTE # (FFUR): Manufacturer ESAOTE, Modality US, ManufacturerModelName 6150, Rows 608; ctpcoordinates 0,0,1140,72",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-esaote-6150-555",
      "description": "Esaote 6150 ultrasound, 555 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "ESAOTE",
        "model": "6150",
        "rows": 555
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1140,
          "height": 72,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL ESAOTE # (FFUR): Manufacturer ESAOTE, Modality US, ManufacturerModelName 6150, Rows 555; ctpcoordinates 0,0,1140,72",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-medison-accuvix-v20-768",
      "description": "Medison Accuvix V20 ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "MEDISON",
        "model": "Accuvix V20",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1010,
          "height": 65,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL MEDISON # (FFUR): Manufacturer MEDISON, Modality US, ManufacturerModelName Accuvix V20, Rows 768; ctpcoordinates 0,0,1010,65",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-voluson-p8-727",
      "description": "GE Voluson P8 ultrasound, 727 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "Voluson P8",
        "rows": 727
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 65,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (FFUR): Manufacturer GE Healthcare (also GE Healthcare Austria), Modality US, ManufacturerModelName Voluson P8, Rows 727; ctpcoordinates 0,0,1150,65",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-voluson-s-743",
      "description": "GE Voluson S ultrasound, 743 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "Voluson S",
        "rows": 743
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 925,
          "height": 62,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (FFUR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName Voluson S, Rows 743; ctpcoordinates 0,0,925,62",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-voluson-s10-852",
      "description": "GE Voluson S10 ultrasound, 852 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "Voluson S10",
        "rows": 852
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1040,
          "height": 62,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (FFUR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName Voluson S10, Rows 852; ctpcoordinates 0,0,1040,62",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-voluson-s10-600",
      "description": "GE Voluson S10 ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "Voluson S10",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1040,
          "height": 62,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (FFUR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName Voluson S10, Rows 600; ctpcoordinates 0,0,1040,62",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-logiqs7-720",
      "description": "GE LOGIQ S7 ultrasound, 720 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "LOGIQS7",
        "rows": 720
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1060,
          "height": 67,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (FFUR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName LOGIQS7, Rows 720; ctpcoordinates 0,0,1060,67",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-logiqs8-873",
      "description": "GE LOGIQ S8 ultrasound, 873 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "LOGIQS8",
        "rows": 873
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1160,
          "height": 65,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (FFUR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName LOGIQS8, Rows 873; ctpcoordinates 0,0,1160,65",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-logiqs8-768",
      "description": "GE LOGIQ S8 ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "LOGIQS8",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (FFUR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName LOGIQS8, Rows 768; ctpcoordinates 0,0,1150,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-logiqs8-819",
      "description": "GE LOGIQ S8 ultrasound, 819 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "LOGIQS8",
        "rows": 819
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 937,
          "height": 57,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (FFUR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName LOGIQS8, Rows 819; ctpcoordinates 0,0,937,57",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-logiqs8-720",
      "description": "GE LOGIQ S8 ultrasound, 720 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "LOGIQS8",
        "rows": 720
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1140,
          "height": 50,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (FFUR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName LOGIQS8, Rows 720; ctpcoordinates 0,0,1140,50",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-logiqp-614",
      "description": "GE LOGIQ P ultrasound, 614 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "LOGIQP",
        "rows": 614
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1060,
          "height": 67,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (FFUR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName LOGIQP, Rows 614; ctpcoordinates 0,0,1060,67",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-logiq-s6-768",
      "description": "GE LOGIQ S6 ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "LOGIQ S6",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 800,
          "height": 80,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (AMBR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName LOGIQ S6, Rows 768; ctpcoordinates 0,0,800,80",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ge-logiq7-989",
      "description": "GE LOGIQ 7 ultrasound, 989 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "GE Healthcare",
        "model": "LOGIQ7",
        "rows": 989
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 24,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL GE Healthcare # (AMBR): Manufacturer GE Healthcare, Modality US, ManufacturerModelName LOGIQ7, Rows 989; ctpcoordinates 0,0,1150,24",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-mindray-m6-600",
      "description": "Mindray M6 ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "MINDRAY",
        "model": "M6",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1050,
          "height": 75,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL MINDRAY # (AMBR): Manufacturer MINDRAY, Modality US, ManufacturerModelName M6, Rows 600; ctpcoordinates 0,0,1050,75",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-mindray-m7-600",
      "description": "Mindray M7 ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "MINDRAY",
        "model": "M7",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 800,
          "height": 50,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL MINDRAY # (AMBR): Manufacturer MINDRAY, Modality US, ManufacturerModelName M7, Rows 600; ctpcoordinates 0,0,800,50",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-mindray-m7-768",
      "description": "Mindray M7 ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "MINDRAY",
        "model": "M7",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1080,
          "height": 80,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL MINDRAY # (AMBR): Manufacturer MINDRAY, Modality US, ManufacturerModelName M7, Rows 768; ctpcoordinates 0,0,1080,80",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-mindray-z5-600",
      "description": "Mindray Z5 ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "MINDRAY",
        "model": "Z5",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1130,
          "height": 62,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL MINDRAY # (AMBR): Manufacturer MINDRAY, Modality US, ManufacturerModelName Z5, Rows 600; ctpcoordinates 0,0,1130,62",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-mindray-dc8pro-900",
      "description": "Mindray DC-8 PRO ultrasound, 900 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "MINDRAY",
        "model": "DC-8 PRO",
        "rows": 900
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL MINDRAY # (AMBR): Manufacturer MINDRAY, Modality US, ManufacturerModelName DC-8 PRO, Rows 900; ctpcoordinates 0,0,1150,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-mindray-m9-910",
      "description": "Mindray M9 ultrasound, 910 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "MINDRAY",
        "model": "M9",
        "rows": 910
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL MINDRAY # (AMBR): Manufacturer MINDRAY, Modality US, ManufacturerModelName M9, Rows 910; ctpcoordinates 0,0,1150,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-siui-cts8800",
      "description": "SIUI CTS-8800 ultrasound: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "SIUI",
        "model": "CTS-8800"
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1360,
          "height": 100,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL SIUI # (AMBR): Manufacturer SIUI, Modality US, ManufacturerModelName CTS-8800; ctpcoordinates 0,0,1360,100",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-kretztechnik-v730-600",
      "description": "Kretztechnik Voluson 730 ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Kretztechnik",
        "model": "V730",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1140,
          "height": 80,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Kretztechnik # (AMBR): Manufacturer Kretztechnik, Modality US, ManufacturerModelName V730, Rows 600; ctpcoordinates 0,0,1140,80",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-hitachi-preirus-768",
      "description": "Hitachi HI VISION Preirus ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Hitachi",
        "model": "HI VISION Preirus",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Hitachi # (AMBR): Manufacturer Hitachi, Modality US, ManufacturerModelName HI VISION Preirus, Rows 768; ctpcoordinates 0,0,1150,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-hitachi-avius-768",
      "description": "Hitachi HI VISION Avius ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Hitachi",
        "model": "HI VISION Avius",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1140,
          "height": 74,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Hitachi # (AMBR): Manufacturer Hitachi, Modality US, ManufacturerModelName HI VISION Avius, Rows 768; ctpcoordinates 0,0,1140,74",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-hitachi-prosound-f75-768",
      "description": "Hitachi ProSound F75 ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Hitachi",
        "model": "ProSound F75",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1025,
          "height": 50,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Hitachi # (AMBR): Manufacturer Hitachi, Modality US, ManufacturerModelName ProSound F75, Rows 768; ctpcoordinates 0,0,1025,50",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-samsung-ugeo-h60-720",
      "description": "Samsung UGEO H60 ultrasound, 720 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Samsung",
        "model": "UGEO H60",
        "rows": 720
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1150,
          "height": 70,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Samsung # (AMBR): Manufacturer Samsung, Modality US, ManufacturerModelName UGEO H60, Rows 720; ctpcoordinates 0,0,1150,70",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-samsung-sonoace-r7-768",
      "description": "Samsung SonoAce R7 ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Samsung",
        "model": "SonoAce R7",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1024,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Samsung # (AMBR): Manufacturer Samsung, Modality US, ManufacturerModelName SonoAce R7, Rows 768; ctpcoordinates 0,0,1024,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-medison-sonoace-r7-768",
      "description": "Medison SonoAce R7 ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "MEDISON",
        "model": "SonoAce R7",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1140,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL MEDISON # (AMBR): Manufacturer MEDISON, Modality US, ManufacturerModelName SonoAce R7, Rows 768; ctpcoordinates 0,0,1140,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-chison-q9-new-568",
      "description": "Chison Q9 ultrasound, 568 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Chison",
        "model": "q9-new",
        "rows": 568
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 1250,
          "height": 80,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Chison # (AMBR): Manufacturer Chison, Modality US, ManufacturerModelName q9-new, Rows 568; ctpcoordinates 0,0,1250,80",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ultrasonix-sonix-768",
      "description": "Ultrasonix SONIX ultrasound, 768 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Ultrasonix",
        "model": "SONIX",
        "rows": 768
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 970,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Ultrasonix # (AMBR): Manufacturer Ultrasonix, Modality US, ManufacturerModelName SONIX, Rows 768; ctpcoordinates 0,0,970,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    },
    {
      "id": "deid-us-ultrasonix-sonix-600",
      "description": "Ultrasonix SONIX ultrasound, 600 rows: top banner",
      "rule": {
        "modality": "US",
        "manufacturer": "Ultrasonix",
        "model": "SONIX",
        "rows": 600
      },
      "shapes": [
        {
          "type": "rectangle",
          "x": 0,
          "y": 0,
          "width": 970,
          "height": 60,
          "category": "burned-in-text"
        }
      ],
      "source": "pydicom/deid deid/data/deid.dicom (graylist) at 031ddcf2a616, entry LABEL Ultrasonix # (AMBR): Manufacturer Ultrasonix, Modality US, ManufacturerModelName SONIX, Rows 600; ctpcoordinates 0,0,970,60",
      "sourceUrl": "https://github.com/pydicom/deid/blob/031ddcf2a6162d9497e31bd2bc38b906af02a10c/deid/data/deid.dicom"
    }
  ]
};
