/** Arabic names of the countries the basemap shows, keyed by their Natural Earth (English) name. */
export const COUNTRY_NAMES_AR: Record<string, string> = {
  Albania: 'ألبانيا', Armenia: 'أرمينيا', Azerbaijan: 'أذربيجان', Bahrain: 'البحرين', Bulgaria: 'بلغاريا',
  Cyprus: 'قبرص', 'N. Cyprus': 'شمال قبرص', Egypt: 'مصر', Georgia: 'جورجيا', Greece: 'اليونان', Hungary: 'المجر',
  Iran: 'إيران', Iraq: 'العراق', Israel: 'إسرائيل', Palestine: 'فلسطين', Jordan: 'الأردن', Kazakhstan: 'كازاخستان',
  Kosovo: 'كوسوفو', Kuwait: 'الكويت', Lebanon: 'لبنان', Libya: 'ليبيا', Macedonia: 'مقدونيا الشمالية',
  Moldova: 'مولدوفا', Montenegro: 'الجبل الأسود', Qatar: 'قطر', Romania: 'رومانيا', Russia: 'روسيا',
  'Saudi Arabia': 'السعودية', Serbia: 'صربيا', Syria: 'سوريا', Turkey: 'تركيا', Turkmenistan: 'تركمانستان',
  Ukraine: 'أوكرانيا', Uzbekistan: 'أوزبكستان',
};
