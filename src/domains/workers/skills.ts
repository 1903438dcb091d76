import type { Industry } from "#domains/companies/contract";

/**
 * Skills workers commonly list per industry, drawn from field-service work (installs, break/fix, surveys).
 * The demo picks from it; profile forms may suggest from it. Workers can still type any skill.
 */
export const skillsByIndustry: Record<Industry, readonly string[]> = {
  "Information Technology": [
    "Desktop Support",
    "Network Cabling",
    "Server Rack Installation",
    "Windows Imaging",
    "Printer Repair",
    "Wi-Fi Site Survey",
    "Laptop Deployment",
    "Active Directory",
  ],
  Telecommunications: [
    "Fiber Splicing",
    "OTDR Testing",
    "Cat6 Termination",
    "VoIP Phone Setup",
    "Demarc Extension",
    "Cell Tower Climbing",
    "Structured Cabling",
  ],
  Retail: ["Store Resets", "Fixture Installation", "Planogram Execution", "Merchandising", "Shelf Labelling"],
  Construction: ["Drywall", "Carpentry", "Blueprint Reading", "OSHA 30", "Concrete Anchoring", "Site Surveys"],
  "Energy & Utilities": [
    "Smart Meter Installation",
    "Solar Panel Installation",
    "EV Charger Installation",
    "Battery Storage",
    "Meter Reading",
  ],
  Healthcare: ["Medical Device Setup", "Nurse Call Systems", "HIPAA Compliance", "Biomedical Equipment Repair"],
  Logistics: ["Barcode Scanner Setup", "Warehouse Racking", "Forklift Certified", "RFID Installation"],
  "Audio/Visual": [
    "Projector Installation",
    "Video Conferencing",
    "Crestron Programming",
    "Speaker Mounting",
    "TV Wall Mounting",
    "Control Systems",
  ],
  "Security Systems": [
    "CCTV Installation",
    "Access Control",
    "Alarm Panels",
    "IP Camera Configuration",
    "Intercom Systems",
  ],
  Electrical: ["Low Voltage Wiring", "Conduit Bending", "Panel Upgrades", "Lighting Retrofits", "Licensed Electrician"],
  HVAC: ["HVAC Maintenance", "Refrigerant Handling (EPA 608)", "Thermostat Installation", "Ductwork", "Boiler Service"],
  "Point of Sale": [
    "POS Terminal Installation",
    "Receipt Printer Setup",
    "Payment Terminal Swap",
    "Kiosk Installation",
    "Cash Drawer Repair",
  ],
  "Digital Signage": ["Display Mounting", "Media Player Setup", "Menu Board Installation", "Video Wall Calibration"],
  Other: ["Site Photography", "Inventory Counts", "Furniture Assembly", "Equipment Pickup", "Mystery Shopping"],
};

/** Skills that go with any trade. */
export const generalSkills = [
  "Customer Service",
  "Troubleshooting",
  "Own Vehicle",
  "Own Tools",
  "Ladder Safety",
  "Background Checked",
  "Bilingual (English/Spanish)",
  "Photo Documentation",
] as const;
