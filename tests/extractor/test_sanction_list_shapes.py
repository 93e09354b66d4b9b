"""rules-1.6.0: shapes in which news lists who is sanctioned, and the company names such
lists carry (one row per shape, each with a name; our own sentences)."""

from __future__ import annotations

import pytest

from services.extractor.extraction import Extractor

from .conftest import article

Triple = tuple[str, str, str]


def _triples(extractor: Extractor, text: str) -> set[Triple]:
    return {(c.subject, c.claim_type, c.stance) for c in extractor.extract(text)}


def _sanctioned(*names: str) -> set[Triple]:
    return {(n, "sanctions_imposed", "asserted") for n in names}


LISTED = [
    (
        "placed_the_long_list_on_its_list",
        "The EU on Monday placed the Tabriz Cargo Lines (TCL), Zagros Air and Kish Air, along "
        "with several Iranian individuals, on its sanctions list over drone deliveries to Russia.",
        _sanctioned("Tabriz Cargo Lines", "Zagros Air", "Kish Air", "Iran"),
    ),
    (
        "added_long_list_to_its_list",
        "The Council on Tuesday added Kish Air, Qeshm Airlines and Zagros Air as well as the "
        "Iran Shipping Lines to its sanctions list.",
        _sanctioned("Kish Air", "Qeshm Airlines", "Zagros Air", "Iran Shipping Lines"),
    ),
    (
        "dozens_of_group_in_country",
        "The United States and Britain have blacklisted dozens of companies in mainland China "
        "over their support for Russia's war.",
        _sanctioned("China"),
    ),
    (
        "hundreds_of_group_with_a_supply_reason",
        "Washington has sanctioned hundreds of Chinese firms for supplying drone parts to Russia.",
        _sanctioned("China") | {("China", "component_supply", "asserted")},
    ),
    (
        "added_along_with_officials_including",
        "Britain on Friday added Tabriz Aviation Industries to its sanctions list, along with "
        "two officials including Deputy Defence Minister Karim Farahani.",
        _sanctioned("Tabriz Aviation Industries", "Karim Farahani"),
    ),
    (
        "among_listed_as_well_as",
        "Among the Turkish firms listed were Izmir-based Orkide Exim and Yildiz Enerji "
        "Sistemleri, as well as Efes Elektronik, a small trading company.",
        _sanctioned("Orkide Exim", "Yildiz Enerji Sistemleri", "Efes Elektronik"),
    ),
]

LISTED += [
    (
        "also_targeted_are_titled_people",
        "The EU imposed sanctions on Iranian officials on Monday. Also targeted are Major "
        "General Ali Karimi, head of the army's drone command, and Brigadier General Reza "
        "Tavakoli, a senior defence official.",
        _sanctioned("Ali Karimi", "Reza Tavakoli"),
    ),
    (
        "the_department_also_named",
        "The US imposed sanctions on 20 firms. The Treasury Department also named Vortex "
        "Tradelink, which it said supplied electronic components to a Russian drone maker.",
        _sanctioned("Vortex Tradelink"),
    ),
]

LISTED += [
    (
        "semicolon_list_with_countries_in_brackets",
        "The US imposed new sanctions on Thursday. Among the entities designated were Foshan "
        "Lianda Electronics Co., Ltd. (China); Marmara Dis Ticaret Ltd. (Turkey); and Penang "
        "Micro Engineering Sdn. Bhd. (Malaysia).",
        _sanctioned("Foshan Lianda Electronics", "Marmara Dis Ticaret", "Penang Micro Engineering"),
    ),
    (
        "turkish_legal_tail_and_pvt_ltd",
        "The Treasury named 20 firms. Among the designated companies are Yildiz Elektronik "
        "Sanayi ve Ticaret A.S., an Istanbul-based distributor, and Shiva Tradelink Pvt. Ltd., "
        "an Indian trading company.",
        _sanctioned("Yildiz Elektronik", "Shiva Tradelink"),
    ),
    (
        "the_listings_also_include",
        "The EU adopted its 14th package. The listings also include Lotus Bay Trading LLC, an "
        "Emirati trading company, and Falcon Bay FZE, a company registered in Sharjah.",
        _sanctioned("Lotus Bay Trading", "Falcon Bay"),
    ),
    (
        "those_targeted_include_semicolons",
        "The US imposed sanctions on Monday. Those targeted by the Treasury on the same day "
        "include Mahan Air; the Russia-based shipping company Volga Shipping LLC, whose vessels "
        "carried the drones; and Ali Rezaei, Iran's deputy defence minister.",
        _sanctioned("Mahan Air", "Volga Shipping", "Ali Rezaei"),
    ),
    (
        "the_package_also_includes",
        "The UK announced sanctions on Friday. The package also includes Kalashnikov Concern and "
        "two Chinese companies that the UK says supply engines to Russian drone makers.",
        _sanctioned("Kalashnikov Concern", "China"),
    ),
    (
        "companies_named_in_the_package_are",
        "Britain announced sanctions on Friday. The three UAE-registered companies named in the "
        "package are Desert Falcon Trading, Palm Crest Technical Supplies and Oasis Line General "
        "Trading.",
        _sanctioned(
            "Desert Falcon Trading", "Palm Crest Technical Supplies", "Oasis Line General Trading"
        ),
    ),
    (
        "added_an_unknown_name_to_its_russia_list",
        "In March, Britain added Brightwave and two other Hong Kong companies, Ocean Gate Trading "
        "Co. Ltd and Lotus Supply Chain Management Ltd, to its Russia sanctions list.",
        _sanctioned("Brightwave", "Ocean Gate Trading", "Lotus Supply Chain Management"),
    ),
]

LISTED += [
    (
        "companies_and_individuals_in_states",
        "Britain on Tuesday imposed sanctions on 60 companies and individuals in China, India "
        "and Kazakhstan, accusing them of helping Moscow buy machine tools.",
        _sanctioned("China", "India", "Kazakhstan"),
    ),
]

LISTED += [
    (
        "a_place_in_brackets_after_each_name",
        "The US imposed sanctions on Thursday. Among the entities designated were Lianda "
        "Electronics Co., Ltd. (China); Harbour Link Trading Ltd. (Hong Kong); and Bosphorus "
        "Dis Ticaret Ltd. (Turkey).",
        _sanctioned("Lianda Electronics", "Harbour Link Trading", "Bosphorus Dis Ticaret"),
    ),
    (
        "and_on_the_drone_manufacturer",
        "The EU imposed sanctions on two Iranian generals and on the drone manufacturer Qods "
        "Aviation Industries over the transfers.",
        _sanctioned("Qods Aviation Industries"),
    ),
]

LISTED += [
    (
        "listings_after_a_long_relative_clause",
        "The EU adopted new sanctions on Belarus. The new listings, which coincide with the "
        "anniversary of the disputed 2020 election in Belarus, include OJSC Planar, the "
        "country's largest chip maker, and the 407 Tank Repair Plant in Borisov.",
        _sanctioned("Planar", "407 Tank Repair Plant"),
    ),
    (
        "the_package_also_targets",
        "The EU adopted its 15th sanctions package. The package also targets dozens of vessels "
        "and several Chinese firms accused of supplying drone parts to Russia's military.",
        _sanctioned("China"),
    ),
    (
        "a_package_that_lists",
        "On Monday, the EU agreed a 16th package of measures against Russia that for the first "
        "time lists North Korean officials, including Defense Minister Ri Yong Gil and Pak Su "
        "Il, a deputy chief of the general staff.",
        _sanctioned("Ri Yong Gil", "Pak Su Il"),
    ),
    (
        "a_dashed_subject_list_will_have_assets_frozen",
        "Britain sanctioned four Chinese firms. The four — Ningbo Harrier Motion, Wuhan Lark "
        "Avionics and Xian Peak Trading — will have any assets in Britain frozen.",
        _sanctioned("Ningbo Harrier Motion", "Wuhan Lark Avionics", "Xian Peak Trading"),
    ),
    (
        "a_subject_pair_has_had_its_funds_blocked",
        "The Treasury acted on Monday. Orion Tech Trading and Minsk Parts Trading have had their "
        "funds in the United States blocked.",
        _sanctioned("Orion Tech Trading", "Minsk Parts Trading"),
    ),
    (
        "among_the_firms_named_by_a_body_are",
        "The US sanctioned 15 Indian companies on Wednesday. Among the firms named by the "
        "Treasury are Pune-based Kesar Electrotech, Mumbai trading house Varun Impex and "
        "Hyderabad's Nila Aerospace Components.",
        _sanctioned("Kesar Electrotech", "Varun Impex", "Nila Aerospace Components"),
    ),
    (
        "among_the_national_entities_is",
        "The EU adopted new sanctions on Tuesday. Among the Chinese entities is "
        "Shenzhen Lingxi Microwave, which the EU says sold radio modules used in Russian "
        "drones, and Sky Heron Trading, a Hong Kong firm.",
        _sanctioned("Shenzhen Lingxi Microwave", "Sky Heron Trading"),
    ),
    (
        "whose_assets_are_frozen",
        "The Treasury sanctioned a Slovak arms broker on Monday. As a result of the sanctions, "
        "any of Mkrtychev's assets in the United States are frozen.",
        _sanctioned("Ashot Mkrtychev"),
    ),
]

LISTED += [
    (
        "a_longer_name_than_the_gazetteers",
        "In Belarus, the bloc listed Integral Avia JSC, a Minsk-based company that it says "
        "assembles reconnaissance drones for the Russian army.",
        _sanctioned("Integral Avia"),
    ),
]

LISTED += [
    (
        "placed_on_its_list",
        "The European Union placed BelPromStal on its sanctions list in 2024.",
        _sanctioned("BelPromStal"),
    ),
    (
        "sanctions_on_x_and_on_y",
        "In May, Britain imposed sanctions on Tian Shan Trade Group and on Aerotech-Volga, along "
        "with about 100 other entities.",
        _sanctioned("Tian Shan Trade Group", "Aerotech-Volga"),
    ),
]

LISTED += [
    (
        "hit_with_an_asset_freeze",
        "Dorna Aviation Industries, which builds the delta-wing drone, has been hit with an "
        "asset freeze, the Foreign Office said.",
        _sanctioned("Dorna Aviation Industries"),
    ),
    (
        "package_that_lists_where_sanctions_are_the_topic",
        "The EU imposed sanctions on Monday. It agreed a 16th package of measures against Russia "
        "that for the first time lists North Korean officials over the deployment, including "
        "Defense Minister Ri Yong Gil.",
        _sanctioned("Ri Yong Gil"),
    ),
]

LISTED += [
    (
        "individuals_and_entities_including_companies_in",
        "The Treasury on Tuesday designated more than 150 individuals and entities, including "
        "companies in Kazakhstan, Armenia and Malaysia, accusing them of shipping chips to "
        "Russia.",
        _sanctioned("Kazakhstan", "Armenia", "Malaysia"),
    ),
]

# lists as news writes them: colons, semicolons, members of a count, designation verbs, bullets
LISTED += [
    (
        "against_the_three_companies_colon_semicolons",
        "Kyiv imposed sanctions against the three companies: Lanzhou Feida Motor Co., Ltd.; "
        "Taizhou Hengyu Optics Co., Ltd.; and Jinan Ruiguang Electronics Co., Ltd.",
        _sanctioned("Lanzhou Feida Motor", "Taizhou Hengyu Optics", "Jinan Ruiguang Electronics"),
    ),
    (
        "sanctions_drawn_up_by_a_council_against",
        "Zelensky enacted sanctions drawn up by the National Security and Defence Council "
        "against two firms: Wuxi Lanyu Aero Co., Ltd.; and Harbin Beixing Parts Co., Ltd.",
        _sanctioned("Wuxi Lanyu Aero", "Harbin Beixing Parts"),
    ),
    (
        "named_are_colon_with_a_bare_sibling",
        "The US sanctioned four Kazakh firms. The companies named are: Irtysh Trade LLC; "
        "Aksu Components LLP; Shymkent Snabtorg; and Nomad Freight KG, a forwarder.",
        _sanctioned("Irtysh Trade", "Aksu Components", "Shymkent Snabtorg", "Nomad Freight"),
    ),
    (
        "listed_entities_were_semicolons_with_turkish_forms",
        "The EU adopted new sanctions. The entities listed were Ege Makine Ithalat Ihracat A.S.; "
        "Toros Pazarlama Ltd. Sti.; and Kapadokya Dagitim, a small wholesaler.",
        _sanctioned("Ege Makine Ithalat Ihracat", "Toros Pazarlama", "Kapadokya Dagitim"),
    ),
    (
        "was_among_more_than_n_entities_designated_by",
        "Ningbo Haichen Micro-Motor Co. Ltd. was among more than 30 Chinese entities designated "
        "by the U.S. Treasury on Friday for supplying Russia.",
        _sanctioned("Ningbo Haichen Micro-Motor"),
    ),
    (
        "is_one_of_n_companies_the_eu_sanctioned",
        "Kaspian Trade LLC is one of 12 companies the EU sanctioned on Monday for shipping "
        "chips to Russia.",
        _sanctioned("Kaspian Trade"),
    ),
    (
        "was_one_of_the_firms_that_britain_blacklisted",
        "Orion Bay Electronics Ltd. was one of five Hong Kong firms that Britain blacklisted "
        "for supplying Russia.",
        _sanctioned("Orion Bay Electronics"),
    ),
    (
        "singled_out_with_appositions",
        "The US sanctioned firms for helping Russia. In Georgia, the Treasury singled out "
        "Kartli Trade LLC, a Tbilisi-based wholesaler, and Mtkvari Logistics CJSC, a freight "
        "company.",
        _sanctioned("Kartli Trade", "Mtkvari Logistics"),
    ),
    (
        "designated_were_place_of_then_traders",
        "The US imposed sanctions on Russia's suppliers. Among the Indian firms designated were "
        "Kaveri Aero Private Limited, a supplier of aircraft parts; Indus Components LLP of "
        "Chennai; and Ganga Electro Traders, a small dealer.",
        _sanctioned("Kaveri Aero", "Indus Components", "Ganga Electro Traders"),
    ),
    (
        "bulleted_items_after_a_colon_line",
        "The EU sanctioned 40 firms for feeding Russia's drone production.\n\n"
        "Among the companies singled out:\n\n"
        "— Foshan Tianrui Electronics Co., Ltd., a distributor of navigation modules;\n\n"
        "— and Karaganda Supply LLP, a Kazakh trader.",
        _sanctioned("Foshan Tianrui Electronics", "Karaganda Supply"),
    ),
    (
        "bulleted_items_with_hyphens_and_include",
        "The UK added 12 entities to its Russia sanctions list.\n\nThe listed entities include:\n\n"
        "- Baltic Wave Logistics LLC, a freight forwarder\n\n"
        "- Minsk Optron JSC, a maker of optics",
        _sanctioned("Baltic Wave Logistics", "Minsk Optron"),
    ),
]

# plural references to companies named before: count and nationality must fit
_TWO_HK = (
    "Prosecutors said the chips went to Kowloon Bright Trading Ltd. and Seastar Link Ltd., two "
    "Hong Kong companies, which forwarded them to Russia. "
)
_HK_KZ = (
    "Investigators said Almaty Techsnab LLP, a Kazakh firm, and Kowloon Bright Trading Ltd., a "
    "Hong Kong company, forwarded Western chips to Russian drone makers. "
)
LISTED += [
    (
        "both_nationality_firms_added",
        _TWO_HK + "The Commerce Department added both Hong Kong firms to its Entity List.",
        _sanctioned("Kowloon Bright Trading", "Seastar Link"),
    ),
    (
        "the_two_companies_sanctioned",
        _TWO_HK + "On Friday the Treasury sanctioned the two companies.",
        _sanctioned("Kowloon Bright Trading", "Seastar Link"),
    ),
    (
        "the_two_nationalities_intermediaries",
        _HK_KZ + "The Treasury imposed sanctions on the Hong Kong and Kazakh intermediaries.",
        _sanctioned("Kowloon Bright Trading", "Almaty Techsnab"),
    ),
    (
        "both_companies_under_sanctions",
        "Investigators said Almaty Techsnab LLP and Kowloon Bright Trading Ltd. forwarded "
        "Western chips to Russian drone makers. Both companies were already under US sanctions.",
        _sanctioned("Kowloon Bright Trading", "Almaty Techsnab"),
    ),
    (
        "both_national_makers_not_the_owner_of_one",
        "Officials said the buyers included a unit of Kronshtadt, the Rostec-owned maker of the "
        "Orion, and a plant of IEMZ Kupol in Izhevsk. Both Russian manufacturers are under US "
        "sanctions.",
        _sanctioned("Kronstadt", "IEMZ Kupol"),
    ),
    (
        "these_two_shell_firms_blacklisted",
        _TWO_HK + "Washington blacklisted these two shell firms in May.",
        _sanctioned("Kowloon Bright Trading", "Seastar Link"),
    ),
]

# members named after a sentence that sanctioned a group: "X was among them"
_GROUP_SANCTIONED = (
    "In May the Treasury imposed sanctions on dozens of companies that supplied Russia's drone "
    "makers, including several Chinese firms. "
)
LISTED += [
    (
        "named_was_among_them",
        _GROUP_SANCTIONED + "Shenzhen Jinhai Electronics was among them.",
        _sanctioned("Shenzhen Jinhai Electronics"),
    ),
    (
        "among_them_was_named",
        _GROUP_SANCTIONED + "Among them was Ege Kimya Dış Ticaret, an Izmir-based trading firm.",
        _sanctioned("Ege Kimya Dış Ticaret"),
    ),
    (
        "two_were_also_among_those_targeted",
        "Britain sanctioned several Chinese firms that supplied Russia's drone makers in March. "
        "Shenzhen Jinhai Electronics and Ningbo Kaida Technology were also among those targeted.",
        _sanctioned("Shenzhen Jinhai Electronics", "Ningbo Kaida Technology"),
    ),
    (
        "among_them_after_an_added_count",
        "Ankara protested a day after the Treasury added more than 120 individuals and entities "
        "to its sanctions list. Among them were Volga Avia Parts LLC and Kazan Rotor Systems.",
        _sanctioned("Volga Avia Parts", "Kazan Rotor Systems"),
    ),
    (
        "two_of_the_national_additions_in_apposition",
        "Canada added 40 entities to its sanctions list on Tuesday. Two of the Belarusian "
        "additions, Minsk Optica Works and Gomel Avia Trade, are described as drone suppliers.",
        _sanctioned("Minsk Optica Works", "Gomel Avia Trade"),
    ),
    (
        "among_the_most_significant_is",
        "Britain added 25 firms to its sanctions list on Monday. The listings take effect at once. "
        "Among the most significant is Orient Pacific Parts, a Hong Kong trading company.",
        _sanctioned("Orient Pacific Parts"),
    ),
    (
        "among_the_national_companies_on_the_list_is",
        "Canada sanctioned 30 firms over drone parts on Friday. The list was published late. "
        "Exporters were warned. Among the Chinese companies on the list is Lotus Bridge Trading, "
        "a Shenzhen supplier.",
        _sanctioned("Lotus Bridge Trading"),
    ),
    (
        "among_those_subject_to_asset_freezes_is",
        "Japan imposed sanctions on Monday, freezing the assets of 20 organizations. The measures "
        "were approved by the Cabinet. Among those subject to asset freezes is Altai Motor "
        "Supply, a Kazakh company.",
        _sanctioned("Altai Motor Supply"),
    ),
    (
        "among_them_after_sentences_about_the_listings",
        "Canada adopted sanctions on 40 companies on Monday. Of the new listings, 30 are "
        "suppliers of Russia's army. Nineteen are based in China. Among them are Orient Pacific "
        "Parts and Lotus Bridge Trading.",
        _sanctioned("Orient Pacific Parts", "Lotus Bridge Trading"),
    ),
    (
        "three_of_the_targets_in_apposition",
        "The Treasury imposed sanctions on 18 companies on Friday. Three of the targets, Orient "
        "Pacific Parts, Lotus Bridge Trading and Altai Motor Supply, are based in Hong Kong.",
        _sanctioned("Orient Pacific Parts", "Lotus Bridge Trading", "Altai Motor Supply"),
    ),
    (
        "a_presidents_decree_sanctions_for_the_state",
        "President Volodymyr Zelenskyy signed a decree to impose sanctions on dozens of "
        "companies that supplied Russia's drone makers, including several Chinese firms. Ningbo "
        "Kaida Technology was among them.",
        {("Ningbo Kaida Technology", "sanctions_imposed", "asserted")},
    ),
    (
        "a_hyphenated_last_name_word",
        "The EU sanctioned Xiamen Hengda Aero-Dynamics for supplying engines to Russia.",
        _sanctioned("Xiamen Hengda Aero-Dynamics"),
    ),
    (
        "a_hyphenated_name_word_before_a_legal_form",
        "The EU sanctioned Xiamen Hengda Aero-Dynamics Co., Ltd. for supplying engines to Russia.",
        _sanctioned("Xiamen Hengda Aero-Dynamics"),
    ),
]

# a lede that describes the company the body names next
LISTED += [
    (
        "lede_describes_body_names_with_a_verb_of_saying",
        "Britain on Thursday imposed sanctions on a Dubai-based trading company, accusing it of "
        "supplying Moscow's forces with drones. The Foreign Office said Desert Falcon Trading "
        "LLC had shipped hundreds of drones to Russia.",
        _sanctioned("Desert Falcon Trading")
        | {("Desert Falcon Trading", "drone_supply", "asserted")},
    ),
    (
        "lede_passive_listing_body_names",
        "A Penang-based chip distributor has been added to the US Entity List over allegations "
        "that it diverted chips to Russia. Orchid Microsystems Sdn Bhd was named in a notice on "
        "Wednesday.",
        _sanctioned("Orchid Microsystems"),
    ),
    (
        "lede_nationality_kept_when_no_name_follows",
        "The EU has sanctioned a small Turkish logistics firm for helping Russia evade "
        "sanctions. Ankara has protested. Officials met on Monday. Trade rose in May.",
        _sanctioned("Turkey"),
    ),
]

# an asset freeze or an entry ban that a sentence says someone is now under
_UK_SANCTIONED = "Britain sanctioned Desert Falcon Trading LLC for shipping drones to Russia. "
LISTED += [
    (
        "now_subject_to_an_asset_freeze",
        _UK_SANCTIONED + "Desert Falcon Trading and Orion Tech Trading LLC are now subject to "
        "an asset freeze in the United Kingdom.",
        _sanctioned("Desert Falcon Trading", "Orion Tech Trading"),
    ),
    (
        "a_national_is_banned_from_entering",
        _UK_SANCTIONED + "The firm's director, Russian national Pavel Sorokin, is banned from "
        "entering British territory.",
        _sanctioned("Pavel Sorokin"),
    ),
    (
        "banned_from_entering_and_assets_frozen",
        _UK_SANCTIONED + "Pavel Sorokin, 44, the firm's director, is banned from entering the UK "
        "and his assets are frozen.",
        _sanctioned("Pavel Sorokin"),
    ),
]

# a list between dashes; a designated firm named in apposition; a frozen "its" assets
_US_SANCTIONED = "The United States on Tuesday imposed sanctions on six Chinese companies. "
LISTED += [
    (
        "hyphen_dashed_list_after_a_group",
        _US_SANCTIONED + "Also designated were three Hong Kong-registered companies - Amber "
        "Gate Trading Ltd, Silver Reed Logistics Ltd and Jade Crest Electronics Ltd - which the "
        "Treasury said acted as fronts.",
        _sanctioned("Amber Gate Trading", "Silver Reed Logistics", "Jade Crest Electronics"),
    ),
    (
        "em_dashed_list_after_a_bare_count",
        "Britain on Monday sanctioned three trading firms — Alpha Dynamics LLC, Beta Trade LLC "
        "and Gamma Export LLC — for shipping drone parts to Russia.",
        _sanctioned("Alpha Dynamics", "Beta Trade", "Gamma Export"),
    ),
    (
        "dashed_list_opened_by_seats",
        "Washington also blacklisted two Kazakh firms - Almaty-based Steppe Line Trading and "
        "Shymkent-registered Orbita Supply - for buying machine tools for Russian arms makers.",
        _sanctioned("Steppe Line Trading", "Orbita Supply"),
    ),
    (
        "a_designator_hyphened_before_the_name",
        "A Chinese firm shipped engines to OFAC-designated Kronshtadt in 2024.",
        _sanctioned("Kronstadt"),
    ),
    (
        "a_sanctioned_compound_before_a_trade_noun_and_the_name",
        "Chinese traders supplied chips to the UK-sanctioned drone maker Kronshtadt.",
        _sanctioned("Kronstadt"),
    ),
    (
        "a_sanctioned_compound_in_an_apposition",
        "Kronshtadt, a U.S.-designated company, bought Chinese engines.",
        _sanctioned("Kronstadt"),
    ),
    (
        "a_group_and_its_members_among_a_count_added_to_the_list",
        "The EU adopted new sanctions on Monday. Two Kazakh firms, Steppe Line Trading and "
        "Orbita Supply, were among the 52 individuals and entities added to the list.",
        _sanctioned("Steppe Line Trading", "Orbita Supply"),
    ),
    (
        "among_a_count_in_places_listed_in_a_package",
        "Kartli Freight Services and Rustavi Aero Parts are among 30 entities in Georgia, "
        "Armenia and Turkey listed in the bloc's new package of measures.",
        _sanctioned("Kartli Freight Services", "Rustavi Aero Parts"),
    ),
    (
        "dashed_list_to_the_end",
        "Britain on Monday sanctioned two firms — Alpha Dynamics LLC and Beta Trade LLC.",
        _sanctioned("Alpha Dynamics", "Beta Trade"),
    ),
    (
        "one_of_the_companies_designated",
        _US_SANCTIONED + "The Treasury said Shenzhen-based Hexa Power Technology Co, one of "
        "the companies designated, had sold engines to intermediaries.",
        _sanctioned("Hexa Power Technology"),
    ),
    (
        "one_of_n_firms_sanctioned",
        _US_SANCTIONED + "Orion Parts Trading, one of 12 firms sanctioned, shipped chips.",
        _sanctioned("Orion Parts Trading"),
    ),
    (
        "one_of_the_firms_that_were_blacklisted",
        _US_SANCTIONED + "Orion Parts Trading, one of the firms that were blacklisted, "
        "shipped chips.",
        _sanctioned("Orion Parts Trading"),
    ),
    (
        "a_second_sanctioned_firm",
        _US_SANCTIONED + "A second sanctioned mainland firm, Xiamen Feitong Navigation "
        "Technology, supplied navigation modules.",
        _sanctioned("Xiamen Feitong Navigation Technology")
        | {("Xiamen Feitong Navigation Technology", "component_supply", "asserted")},
    ),
    (
        "the_third_designated_company",
        _US_SANCTIONED + "The third designated company, Delta Link Ltd, said it would appeal.",
        _sanctioned("Delta Link"),
    ),
    (
        "accused_and_froze_its_assets",
        "The Treasury accused Tianhe Bridge Trading of acting as 'a key conduit' for US-origin "
        "electronics destined for Russia, and froze any of its assets under US jurisdiction.",
        _sanctioned("Tianhe Bridge Trading")
        | {("Tianhe Bridge Trading", "sanctions_evasion", "asserted")},
    ),
    (
        "adds_entities_to_its_list_among_them_companies_based_in",
        "The package adds 60 entities to the EU's sanctions list, among them nine companies "
        "based in mainland China that the EU says supplied drone parts to Russia.",
        _sanctioned("China"),
    ),
    (
        "added_people_to_its_list_among_them_a_named_firm",
        "The Council added 19 entities to its sanctions list, among them Kestrel Trading Ltd.",
        _sanctioned("Kestrel Trading"),
    ),
    (
        "sanctioned_x_a_firm_that_it_said_disguising",
        "Britain sanctioned Kestrel Trading Ltd, a Kazakh firm that it said had acted as a "
        "go-between for Russian buyers, disguising the goods' destination with false end-user "
        "certificates.",
        _sanctioned("Kestrel Trading") | {("Kestrel Trading", "sanctions_evasion", "asserted")},
    ),
    (
        "listed_by_a_bloc_passive",
        "Ankara-based Yildiz Savunma Teknoloji A.Ş. was listed by the EU on Friday.",
        _sanctioned("Yildiz Savunma Teknoloji"),
    ),
    (
        "has_been_listed_by_a_state_passive",
        "Kestrel Trading Ltd has been listed by Britain over drone parts sent to Russia.",
        _sanctioned("Kestrel Trading"),
    ),
    (
        "the_city_trade_noun_before_the_name",
        "The Treasury designated the Yekaterinburg electronics distributor Uralkomplekt on Friday.",
        _sanctioned("Uralkomplekt"),
    ),
    (
        "the_city_drone_maker_before_the_name",
        "Britain sanctioned the Shenzhen drone maker Skyfold Robotics on Monday.",
        _sanctioned("Skyfold Robotics"),
    ),
    (
        "the_zone_is_the_zone_named_before",
        "Parts reached the Alabuga special economic zone. A second company, Almaty-based Steppe "
        "Cargo LLP, handled the freight. Washington has sanctioned the special economic zone.",
        _sanctioned("Alabuga Special Economic Zone"),
    ),
    (
        "owned_by_x_a_company_that_was_added",
        "The Volna, a cargo ship, is owned by Kestrel Shipping LLC, a Russian company that was "
        "added to the US sanctions list in 2022.",
        _sanctioned("Kestrel Shipping"),
    ),
    (
        "owned_by_x_a_company_that_was_sanctioned",
        "The Volna, a cargo ship, is owned by Kestrel Shipping LLC, a Russian company that was "
        "sanctioned by Britain in 2023.",
        _sanctioned("Kestrel Shipping"),
    ),
    (
        "the_listed_company_with_a_numbered_name",
        "The 558th Aircraft Repair Plant overhauls Su-25 jets for Russia. The plant has been "
        "under U.S. sanctions since 2022.",
        _sanctioned("558 Aircraft Repair Plant"),
    ),
    (
        # "X, the EU and Japan have all imposed": a list of sanctioners, no apposition
        "sanctioners_listed_after_a_comma_and_the",
        "Canada, the European Union and Japan have all imposed sanctions on the Yelabuga plant "
        "and on Sokol Avia, calling them key to Russia's drone output.",
        _sanctioned("Sokol Avia"),
    ),
]

# blind28: seats inside a list of listed firms, a package's measures as the subject, and
# names after "the" that continue a list rather than describe the name before
LISTED += [
    (
        "seats_by_of_hyphen_and_possessive",
        "The EU adopted new sanctions on Russia on Monday. Arpa Line Trading of Tashkent, "
        "Samarkand-based Oqtepa Elektronik and Abu Dhabi's Coral Reach General Trading were "
        "listed for re-exporting dual-use goods to Russia.",
        _sanctioned("Arpa Line Trading", "Oqtepa Elektronik", "Coral Reach General Trading"),
    ),
    (
        "the_measures_target",
        "Australia imposed sanctions over Russia's war on Tuesday. The new measures target "
        "Volga Optical Systems and the Ural Precision Works.",
        _sanctioned("Volga Optical Systems", "Ural Precision Works"),
    ),
    (
        "names_after_the_continue_the_list",
        "Canada sanctioned Baltic Gate Logistics, the Neva Instrument Plant, the Ural Precision "
        "Works and Orsk Machinery over drone parts for Russia.",
        _sanctioned(
            "Baltic Gate Logistics",
            "Neva Instrument Plant",
            "Ural Precision Works",
            "Orsk Machinery",
        ),
    ),
    (
        "states_after_the_in_a_list_of_sanctioners",
        "The United States, the European Union and Britain have all placed sanctions on Vega "
        "Drone Works, describing it as central to Russia's drone program.",
        _sanctioned("Vega Drone Works"),
    ),
]

NOT_LISTED = [
    (
        "a_party_to_the_deal_after_the_reason",
        "In May the Treasury designated Pavel Lunev, a Czech national, for attempting to arrange "
        "a deal under which Tehran would supply drones to Russia.",
        "Iran",
    ),
    (
        "some_of_which_after_a_trade_between_states",
        "The tanker joins a fleet of ships in the Russia–Iran trade, several of which have been "
        "designated by the EU.",
        "Iran",
    ),
    (
        "placed_the_fleet_on_alert",
        "After the drone strike the ministry placed the Black Sea Fleet on high alert, and Kyiv "
        "said the sanctions list against Russia must grow.",
        "Black Sea Fleet",
    ),
    (
        "among_them_people_who_wrote_about_a_firm",
        "Britain sanctioned 30 Chinese firms on Monday. Among them were several journalists who "
        "covered the Orient Pacific Parts trial.",
        "Orient Pacific Parts",
    ),
    (
        "two_of_a_funds_additions_are_no_listings",
        "The fund bought stakes in six Chinese firms this year. Two of the new additions, "
        "Orient Pacific Parts and Lotus Bridge Trading, make drone cameras.",
        "Orient Pacific Parts",
    ),
    (
        "among_the_most_significant_of_a_firms_results",
        "The airline reported record profits this year. Among the most significant is a new "
        "contract with Orient Pacific Parts.",
        "Orient Pacific Parts",
    ),
    (
        "among_them_after_sentences_about_something_else",
        "Canada adopted sanctions on 40 companies on Monday. The ministers then flew home. "
        "Reporters interviewed workers at a plant. Among them were Orient Pacific Parts staff.",
        "Orient Pacific Parts",
    ),
    (
        "two_of_the_injured_are_no_additions",
        "The EU sanctioned 12 Chinese firms on Friday. Two of the injured, including a Lotus "
        "Bridge Trading driver, are in hospital.",
        "Lotus Bridge Trading",
    ),
    (
        "a_sanctioner_in_a_list_of_sanctioners",
        "Canada, the European Union and Japan have all imposed sanctions on the Yelabuga plant "
        "and on Sokol Avia, calling them key to Russia's drone output.",
        "Japan",
    ),
    (
        "the_buyers_of_a_listed_firm",
        "The Treasury sanctioned 20 firms on Tuesday. Among the sanctioned companies is Ascend "
        "Avionics, a Delhi-based firm that sent 700 shipments of components to Kazan-based "
        "Vostok Components.",
        "Vostok Components",
    ),
    (
        "among_the_entities_without_sanctions_in_view",
        "Drone sales grew last year. Among the Chinese entities is Shenzhen Lingxi Microwave, "
        "a maker of radio modules.",
        "Shenzhen Lingxi Microwave",
    ),
    (
        "customers_who_would_have_assets_frozen",
        "Orion Tech Trading said customers of Minsk Parts Trading would have all assets frozen "
        "if they traded with Russia.",
        "Minsk Parts Trading",
    ),
    (
        "staff_at_a_firm_had_funds_frozen",
        "Analysts at Orion Tech Trading have had their funds frozen by a bank error, and Iran "
        "sent drones to Russia.",
        "Orion Tech Trading",
    ),
    (
        "among_a_count_added_to_a_client_list",
        "Kartli Freight Services was among 12 companies added to its client list in 2023.",
        "Kartli Freight Services",
    ),
    (
        "among_a_count_included_in_an_index",
        "Kartli Freight Services was among the 30 firms included in the index of top exporters.",
        "Kartli Freight Services",
    ),
    (
        "sanctioned_goods_before_a_name_are_no_company",
        "Chinese traders sold EU-sanctioned goods to Kronshtadt.",
        "Kronstadt",
    ),
    (
        "a_stock_listing_compound_is_no_sanction",
        "The Mumbai-listed drone maker Kronshtadt bought Chinese engines.",
        "Kronstadt",
    ),
    (
        "listed_by_an_exchange_is_no_sanction",
        "Yildiz Savunma Teknoloji A.Ş. was listed by the Istanbul exchange in 2019 and sells "
        "drone parts to Russia.",
        "Yildiz Savunma Teknoloji",
    ),
    (
        "a_bloc_that_lists_in_a_clause_of_its_own",
        "Britain sanctioned Albatross and the European Union followed in June.",
        "European Union",
    ),
    (
        "a_bloc_that_has_listed_in_a_clause_of_its_own",
        "The US has sanctioned Albatross and Steppe Cargo, and the European Union has listed "
        "them since 2023.",
        "European Union",
    ),
    (
        "the_zone_is_not_the_company_named_last",
        "Kestrel Shipping LLC shipped drone parts to Russia. The zone was sanctioned by the US in "
        "2023.",
        "Kestrel Shipping",
    ),
    (
        "the_ship_owned_by_a_company_that_was_listed",
        "The Volna, a cargo ship, is owned by Kestrel Shipping LLC, a Russian company that was "
        "added to the US sanctions list in 2022.",
        "Volna",
    ),
    (
        "the_city_before_the_trade_noun_is_no_target",
        "The Treasury designated the Yekaterinburg electronics distributor Uralkomplekt on Friday.",
        "Russia",
    ),
    (
        "one_of_the_firms_that_supplied_is_no_listing",
        _US_SANCTIONED + "Orion Parts Trading, one of the firms that supplied chips, was not "
        "listed.",
        "Orion Parts Trading",
    ),
    (
        "a_second_company_is_no_listing",
        _US_SANCTIONED + "A second company, Delta Link Ltd, said it would appeal.",
        "Delta Link",
    ),
    (
        "a_bank_freezing_its_own_assets",
        _US_SANCTIONED + "Delta Link Ltd said a Kazakh bank froze its own accounts.",
        "Delta Link",
    ),
    (
        "dashed_aside_is_no_list",
        "Britain sanctioned Alpha Dynamics LLC on Monday — Beta Trade LLC said it was next "
        "in line and Gamma Export LLC declined to comment.",
        "Beta Trade",
    ),
    (
        "a_headlines_capitals_are_no_list",
        "Sanctions Hit Firms, Rising Costs and Small Traders\n\nThe US sanctioned suppliers of "
        "Russia's army.",
        "Rising Costs",
    ),
    (
        "a_count_no_named_set_fits",
        _HK_KZ + "The Treasury on Friday sanctioned the three Kazakh firms.",
        "Almaty Techsnab",
    ),
    (
        "other_firms_are_not_the_named",
        _TWO_HK + "The Treasury on Friday sanctioned the other Hong Kong firms in the network.",
        "Seastar Link",
    ),
    (
        "several_of_the_firms_not_said_which",
        _TWO_HK + "The Treasury on Friday sanctioned several of the Hong Kong firms.",
        "Kowloon Bright Trading",
    ),
    (
        "a_nationality_none_named_has",
        _HK_KZ + "The Treasury on Friday sanctioned the Chinese companies that supplied them.",
        "Kowloon Bright Trading",
    ),
    (
        "one_named_is_no_plural",
        "Investigators said Kowloon Bright Trading Ltd., a Hong Kong company, forwarded chips "
        "to Russia. The Hong Kong companies are already sanctioned, officials said.",
        "Kowloon Bright Trading",
    ),
    (
        "among_them_after_no_sanctions",
        "Analysts said several Chinese firms supplied Russia's drone makers. Ningbo Kaida "
        "Technology was among them.",
        "Ningbo Kaida Technology",
    ),
    (
        "among_them_too_far_after_the_sanctions",
        _GROUP_SANCTIONED + "Trade rose in 2023. Exports fell in 2024. Prices rose in May. "
        "Ningbo Kaida Technology was among them.",
        "Ningbo Kaida Technology",
    ),
    (
        "a_law_is_no_company",
        "Malaysia said firms that shipped chips to Russia violated its Strategic Trade Act and "
        "would be sanctioned.",
        "Strategic Trade Act",
    ),
    (
        "a_list_is_no_company",
        "The Commerce Department added Orchid Microsystems Sdn Bhd to its Entity List for "
        "shipping chips to Russia.",
        "Entity List",
    ),
    (
        "lede_description_not_given_to_the_reporting_group",
        "A Penang-based chip distributor has been added to the US Entity List, according to a "
        "report by Conflict Trade Monitor. Officials declined to comment.",
        "Conflict Trade Monitor",
    ),
    (
        "lede_description_owned_by_a_person",
        "Arman Petrosyan, the owner of a small electronics export business, was sanctioned by "
        "the US for shipping chips to Russia. Orchid Microsystems Sdn Bhd also shipped chips.",
        "Orchid Microsystems",
    ),
    (
        "should_be_subject_to_an_asset_freeze",
        "Critics said Orion Tech Trading LLC should be subject to an asset freeze for shipping "
        "drones to Russia.",
        "Orion Tech Trading",
    ),
    (
        "could_be_banned_from_entering",
        _UK_SANCTIONED + "Critics said Orion Tech Trading LLC could be banned from entering the "
        "market.",
        "Orion Tech Trading",
    ),
    (
        "a_semicolon_list_of_places",
        "The US sanctioned Irtysh Trade LLC and Aksu Components LLP for helping Russia; "
        "Almaty; and Astana were named as hubs.",
        "Almaty",
    ),
    (
        "one_of_the_largest_suppliers_the_treasury_said",
        "The US sanctioned firms helping Russia. Orion Micro Co. Ltd. is one of the largest "
        "suppliers, the Treasury said.",
        "Orion Micro",
    ),
    (
        "the_coach_singled_out",
        "The US sanctioned firms helping Russia. The coach singled out Orion Micro Co. Ltd. for "
        "praise.",
        "Orion Micro",
    ),
    (
        "the_eu_says_in_an_among_list",
        "The EU adopted new sanctions. Among the newly listed firms are three Chinese companies "
        "that the EU says supplied drone parts to Russian manufacturers: Wuxi Tianlong UAV "
        "Parts Co., Ltd.; and Suzhou Ruifeng Motor Technology Co.",
        "European Union",
    ),
    (
        "monitored_sanctions_on",
        "A U.N. panel of experts that monitored sanctions on North Korea was disbanded after "
        "Russia vetoed its mandate.",
        "North Korea",
    ),
    (
        "russias_frozen_assets",
        "Russia's central bank assets in Europe were frozen in 2022, and Iran sent drones to "
        "Russia.",
        "Russia",
    ),
    (
        "sanctions_on_moscow_itself",
        "Trade with Kazakhstan surged after Western countries imposed sweeping sanctions on "
        "Moscow in 2022.",
        "Russia",
    ),
    (
        "the_uk_says_is_no_member",
        "The UK announced sanctions on Friday. The package also includes two Chinese companies "
        "that the UK says supply engines to Russian drone makers.",
        "United Kingdom",
    ),
    (
        "the_measures_are_expected_to_hit",
        "The EU adopted new sanctions. The measures are expected to hurt Iran Air, analysts said.",
        "Iran Air",
    ),
    (
        "he_added",
        "The EU adopted new sanctions on Russia. He added Brightwave would appeal the listing.",
        "Brightwave",
    ),
    (
        "a_man_named",
        "The US imposed sanctions on 20 firms. A man named Li Wei said Russia buys drones.",
        "Li Wei",
    ),
    (
        "accusing_them_of_helping",
        "In May, the US imposed sanctions on Steppe Link Trading and two other Kazakh companies, "
        "accusing them of helping Russian defense firms obtain chips.",
        "Russia",
    ),
]

# rules-1.8.x: members named after a group's relative clause, passive listings with no
# agent, lists that resume after a relative clause, back-references to the set just sanctioned
LISTED += [
    (
        "group_then_among_them_after_a_participle",
        "Britain sanctioned Iranian firms linked to the drone programme, among them Paya Sanat "
        "Aviation, which it says designed the engine used by Russia.",
        _sanctioned("Iran", "Paya Sanat Aviation"),
    ),
    (
        "group_then_including_after_a_relative",
        "The United States imposed sanctions on three Russia-based entities that it said had "
        "arranged the shipments, including the Moscow-registered freight firm Baltic Arrow LLC.",
        _sanctioned("Baltic Arrow"),
    ),
    (
        "passive_listed_including",
        "The EU adopted new sanctions on Russia on Friday. Three companies in mainland China "
        "were also listed, including Hefei Skyline Electronics Co.",
        _sanctioned("China", "Hefei Skyline Electronics"),
    ),
    (
        "passive_listed_among_them",
        "The EU adopted new sanctions on Russia on Friday. Five Iranian entities were also "
        "listed, among them Farzan Aero Industries.",
        _sanctioned("Iran", "Farzan Aero Industries"),
    ),
    (
        "passive_listed_possessors_name_the_seats",
        "The EU adopted new sanctions on Russia on Friday. Turkey's Bosphor Makina and India's "
        "Nilgiri Avionics Pvt. Ltd. were listed for helping Moscow evade sanctions.",
        _sanctioned("Bosphor Makina", "Nilgiri Avionics"),
    ),
    (
        "list_resumes_after_a_relative_with_a_speaker",
        "Among the companies designated were Almaty-based Steppe Chip Trade LLP, which the "
        "Treasury said shipped chips to Russian buyers, and Gulf Ray Trading FZE, a Dubai firm.",
        _sanctioned("Steppe Chip Trade", "Gulf Ray Trading"),
    ),
    (
        "list_resumes_after_an_apposition_naming_a_place",
        "Among the designated firms are Ankara Elektronik Ltd., a distributor that the Treasury "
        "said shipped 300,000 chips to Russia since 2023, and Kuzey Freight Ltd., a forwarder.",
        _sanctioned("Ankara Elektronik", "Kuzey Freight"),
    ),
    (
        "names_among_others",
        "Britain sanctioned new firms on Tuesday. The Foreign Office names, among others, "
        "Dongguan Reach Trading Co, which it says sent parts to Russia, and Hong Kong-based "
        "Brightpeak Components.",
        _sanctioned("Dongguan Reach Trading", "Brightpeak Components"),
    ),
    (
        "the_other_two_of_the_set",
        "The United States sanctioned three Armenian companies on Tuesday for supplying Russia. "
        "Among them was Ararat Micro LLC, a Yerevan firm. The other two, Sevan Link Trading and "
        "Gyumri Cargo Group, were accused of acting as intermediaries.",
        _sanctioned("Ararat Micro", "Sevan Link Trading", "Gyumri Cargo Group"),
    ),
    (
        "a_second_company_and_another",
        "The EU sanctioned four Emirati firms on Friday over drone parts for Russia. Among them "
        "is Falcon Ridge Trading LLC, a Dubai trader. A second company, Oasis Path Technologies "
        "FZE, re-exported chips to Russia. Another, Desert Link Components DMCC, is accused of "
        "falsifying certificates of origin.",
        _sanctioned("Oasis Path Technologies", "Desert Link Components"),
    ),
    (
        "one_of_those_companies_after_a_frame",
        "The EU sanctioned four Emirati firms on Friday over drone parts for Russia. According "
        "to the Official Journal, one of those companies, Falcon Ridge Trading LLC, sold "
        "dual-use goods to Russian buyers.",
        _sanctioned("Falcon Ridge Trading"),
    ),
]

# a state-owned or state-run target after "and the" stays in the list
LISTED += [
    (
        "and_the_state_owned_next_target",
        "Canada on Friday sanctioned the carrier Zagros Air and the state-owned Tabriz Cargo "
        "Lines, which it says moved drone parts.",
        _sanctioned("Zagros Air", "Tabriz Cargo Lines"),
    ),
]

NOT_LISTED_MORE = [
    (
        "a_state_run_buyer_in_a_relative_clause",  # near miss: the buyer is no target
        "Canada on Friday sanctioned Zagros Air, which flies parts to the state-run Tabriz "
        "Cargo Lines.",
        "Tabriz Cargo Lines",
    ),
    (
        "listed_on_an_exchange",
        "The EU imposed new sanctions on Russia. Kama Motors Ltd was listed on the Moscow "
        "exchange in 2019.",
        "Kama Motors",
    ),
    (
        "listed_among_the_largest",
        "The EU imposed new sanctions on Russia. Kama Motors Ltd was listed among the largest "
        "exporters of parts to Russia.",
        "Kama Motors",
    ),
    (
        "the_other_two_with_no_sanctions",
        "Reporters visited three Chinese makers of drone parts that sell to Russia. The other "
        "two, Lanxi Drone Parts Co and Fuzhou Motor Co, declined to comment.",
        "Lanxi Drone Parts",
    ),
    (
        "buyer_in_a_relative_clause",
        "The Treasury sanctioned Steppe Chip Trade LLP, which it said shipped chips to Gulf Ray "
        "Trading FZE, a Russian-owned firm.",
        "Gulf Ray Trading",
    ),
    (
        "buyer_in_an_unclosed_apposition",
        "Among the designated firms is Ankara Elektronik Ltd., a distributor that shipped chips "
        "to Kuzey Freight Ltd.",
        "Kuzey Freight",
    ),
    (
        "a_second_sanctioner_after_and",
        "Washington has designated hundreds of Chinese entities, and the EU included Chinese "
        "firms in its sanctions packages for the first time in 2024.",
        "European Union",
    ),
    (
        "suppliers_of_the_group",
        "The US sanctioned Chinese firms that bought chips from suppliers, including Taiwan "
        "Micro Co, for Russian drone makers.",
        "Taiwan Micro",
    ),
]


# blind28: what the package shapes above must not reach
NOT_LISTED_MORE += [
    (
        "measures_that_target_in_an_objection",
        "The EU is preparing a 20th package of sanctions on Russia. Hungary has objected to "
        "measures that target Zhejiang Orbit Motor Co.",
        "Zhejiang Orbit Motor",
    ),
    (
        "measures_that_could_target",
        "The EU imposed new sanctions on Russia on Monday. Analysts said the measures could "
        "target Kama Motors Ltd next year.",
        "Kama Motors",
    ),
]


_FAR_BODY = (
    "The United States has imposed sanctions on four companies registered in the UAE that it "
    "says supplied chips to Russia. The Treasury said the firms had shipped $38 million worth "
    "of goods. Among the companies named were Falcon Dune Trading FZE and Orbis Parts DMCC. "
    "Officials said the goods were found in Russian drones. Orbis Parts relabelled the goods "
    "and re-exported them. Analysts said the network was large. The fourth company, Horizon "
    "Arc Solutions FZCO, was accused of routing payments through Armenia."
)


def test_back_reference_far_under_a_sanctions_title(extractor: Extractor) -> None:
    found = _triples(extractor, article(_FAR_BODY, "US sanctions four UAE traders over chips"))
    assert ("Horizon Arc Solutions", "sanctions_imposed", "asserted") in found, found


def test_back_reference_far_under_another_title(extractor: Extractor) -> None:
    found = _triples(extractor, article(_FAR_BODY, "Gulf trade hubs and Russia's war"))
    assert ("Horizon Arc Solutions", "sanctions_imposed", "asserted") not in found, found


def test_possessor_is_no_sanctioner(extractor: Extractor) -> None:
    text = article(
        "The EU adopted new sanctions on Russia on Friday. Turkey's Bosphor Makina and India's "
        "Nilgiri Avionics Pvt. Ltd. were listed for helping Moscow evade sanctions."
    )
    sources = {c.source for c in extractor.extract(text) if c.claim_type == "sanctions_imposed"}
    assert sources == {"European Union"}, sources


NOT_COMPANIES = [
    (
        "office_is_no_company",
        "The bloc also sanctioned the Deputy Defense Minister, Omid Rahnama, over drone "
        "deliveries to Russia.",
        "Deputy Defense",
    ),
    (
        "ministry_is_no_company",
        "The EU sanctioned the DPRK Minister of Defence, Pak Chol Nam, for sending troops to "
        "Russia.",
        "DPRK Minister of Defence",
    ),
    (
        "air_force_is_no_airline",
        "Iran Air Force jets were sanctioned by nobody, while Russia bought drones elsewhere.",
        "Iran Air",
    ),
]


# one more member of a set just sanctioned: "Another target, X", "One of the firms, X",
# "The third and least known target was X"
_UK_OPEN = (
    "Britain on Monday imposed sanctions on four individuals and three entities over drone "
    "parts for Russia. "
)
LISTED += [
    (
        "another_target_with_a_seat",
        _US_SANCTIONED + "Another target, Shenzhen-based Red Kite Components, was described "
        "as a front for Iranian buyers.",
        _sanctioned("Red Kite Components"),
    ),
    (
        "one_of_the_firms",
        _US_SANCTIONED + "One of the firms, Amber Gate Trading Ltd, is suspected of shipping "
        "chips to Russian drone makers.",
        _sanctioned("Amber Gate Trading"),
    ),
    (
        "the_third_target_was",
        _UK_OPEN + "The third and least known target was Silver Reed Logistics, a trader "
        "registered in Macau.",
        _sanctioned("Silver Reed Logistics"),
    ),
]
LISTED += [
    (
        "the_three_in_a_country",
        "The EU listed 60 entities, including the three in Kazakhstan, for helping Russia "
        "circumvent sanctions.",
        _sanctioned("Kazakhstan"),
    ),
]
NOT_LISTED_MORE += [
    (
        "the_five_in_a_country_that_only_buy",
        "Of the ten largest buyers, the five in Kazakhstan bought cars.",
        "Kazakhstan",
    ),
    (
        "one_of_the_buyers_is_no_target",
        _US_SANCTIONED + "One of the buyers, Amber Gate Trading Ltd, is based in Moscow.",
        "Amber Gate Trading",
    ),
    (
        "one_of_the_firms_that_replies",
        _US_SANCTIONED + "One of the firms, Amber Gate Trading Ltd, said it would appeal.",
        "Amber Gate Trading",
    ),
    (
        "the_third_largest_buyer",
        _UK_OPEN + "The third largest buyer was Silver Reed Logistics, a trader registered "
        "in Macau.",
        "Silver Reed Logistics",
    ),
]


# the authority's reason after an apposition ("X, the flag carrier, saying ..."): the
# actors in it are not listed; a target after the apposition still is
NOT_LISTED_MORE += [
    (
        "state_in_the_saying_clause",
        "The Treasury on Monday designated Pars Air, the national airline, saying it had "
        "carried Iranian military cargo to Russia.",
        "Iran",
    ),
    (
        "state_in_the_accusing_clause",
        "Britain sanctioned Kish Cargo, a freight carrier, accusing the firm of moving "
        "Iranian military equipment to Moscow.",
        "Iran",
    ),
]

LISTED += [
    (
        "after_an_apposition_before_the_reason",
        "The Treasury on Monday designated Pars Air, the national airline, and Zagros "
        "Freight, saying both had carried drones to Russia.",
        _sanctioned("Pars Air", "Zagros Freight"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in LISTED], ids=[r[0] for r in LISTED])
def test_listed(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = _triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "name"), [r[1:] for r in NOT_COMPANIES], ids=[r[0] for r in NOT_COMPANIES]
)
def test_not_companies(extractor: Extractor, text: str, name: str) -> None:
    assert name not in {s for s, _, _ in _triples(extractor, article(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [r[1:] for r in NOT_LISTED + NOT_LISTED_MORE],
    ids=[r[0] for r in NOT_LISTED + NOT_LISTED_MORE],
)
def test_not_listed(extractor: Extractor, text: str, name: str) -> None:
    found = _triples(extractor, article(text))
    assert (name, "sanctions_imposed", "asserted") not in found, found


def test_russia_sanctions_list_is_the_listers(extractor: Extractor) -> None:
    text = article(
        "In March, Britain added Brightwave and Ocean Gate Trading Co. Ltd to its Russia "
        "sanctions list."
    )
    sources = {c.subject: c.source for c in extractor.extract(text)}
    assert sources.get("Ocean Gate Trading") == "United Kingdom", sources


def test_a_states_official_in_apposition_is_a_person(extractor: Extractor) -> None:
    text = article(
        "The US imposed sanctions on Monday. Those targeted include Kamran Vaziri, Iran's "
        "deputy defence minister."
    )
    kinds = {c.subject: c.subject_kind for c in extractor.extract(text)}
    assert kinds.get("Kamran Vaziri") == "person", kinds


# sanc2: targets by the country they are in, parts of those listed, described targets,
# the state of being sanctioned, and calls for sanctions (no sanctions)
LISTED_BY_PLACE = [
    (
        "added_entities_in_countries_to_its_list",
        "The Commerce Department in October added 11 entities in Malaysia, Thailand and Hong "
        "Kong to its Entity List.",
        _sanctioned("Malaysia", "Thailand", "Hong Kong"),
    ),
    (
        "added_companies_based_in_to_the_list",
        "The Commerce Department on Tuesday added seven companies based in China and Turkey to "
        "the Entity List for supplying Russia's military.",
        _sanctioned("China", "Turkey"),
    ),
    (
        "added_dozens_of_firms_from_to_its_blacklist",
        "Washington added dozens of firms from China, the UAE and Turkey to its trade blacklist.",
        _sanctioned("China", "United Arab Emirates", "Turkey"),
    ),
    (
        "including_firms_in_countries",
        "The Treasury on Thursday imposed sanctions on nearly 300 companies and individuals "
        "accused of helping Russia's war, including dozens of firms in Kazakhstan, Armenia and "
        "the United Arab Emirates.",
        _sanctioned("Kazakhstan", "Armenia", "United Arab Emirates"),
    ),
    (
        "including_companies_based_in",
        "Japan has imposed sanctions on 40 entities it says help Russia build missiles, "
        "including companies based in India, Belarus and Turkey, Tokyo said.",
        _sanctioned("India", "Belarus", "Turkey"),
    ),
    (
        "including_entities_registered_in",
        "The EU sanctioned 25 firms supplying Russia's army, including entities registered in "
        "Kyrgyzstan and Uzbekistan.",
        _sanctioned("Kyrgyzstan", "Uzbekistan"),
    ),
    (
        "part_of_those_listed_are_group",
        "Britain sanctioned 50 entities helping Russia on Monday. Several of those designated "
        "are Turkish trading firms, some of them based in Ankara, which London says sold "
        "machine tools to Russian arms makers.",
        _sanctioned("Turkey") | {("Turkey", "component_supply", "asserted")},
    ),
    (
        "a_dozen_of_the_companies_named_were",
        "Canada sanctioned 70 entities over drones for Russia. A dozen of the companies named "
        "were Chinese distributors, several of them registered in Hong Kong, which Ottawa says "
        "shipped microchips to Russian drone makers.",
        _sanctioned("China") | {("China", "component_supply", "asserted")},
    ),
    (
        "the_department_also_listed",
        "Canada sanctioned 70 entities over Russia's drones. The department also listed Kama "
        "Electronics LLC, a Belarusian maker it accuses of supplying parts for Russian drones.",
        _sanctioned("Kama Electronics"),
    ),
    (
        "the_ministry_also_listed",
        "Japan imposed new sanctions over Russia's war on Friday. The ministry also listed Orion "
        "Avia Ltd, a Hong Kong trader.",
        _sanctioned("Orion Avia"),
    ),
    (
        "designated_in_month_along_with",
        "The engines come from Delta Parts Co., an Iranian firm. The Treasury designated the "
        "company in November 2022, along with Sky Crest Trading, the design bureau behind Russia's "
        "drones.",
        _sanctioned("Delta Parts", "Sky Crest Trading"),
    ),
    (
        "listed_on_weekday_as_well_as",
        "The EU listed Orion Avia Ltd on Tuesday, as well as Kama Electronics LLC, over drone "
        "parts for Russia.",
        _sanctioned("Orion Avia", "Kama Electronics"),
    ),
    (
        "subject_to_adjective_sanctions",
        "Kama Electronics LLC, which makes drone parts for Russia, is already subject to British "
        "and American sanctions.",
        _sanctioned("Kama Electronics"),
    ),
    (
        "list_subject_to_sanctions",
        "Orion Avia Ltd and Kama Electronics LLC are subject to US sanctions over Russia.",
        _sanctioned("Orion Avia", "Kama Electronics"),
    ),
    (
        "closed_relative_then_under_sanctions",
        "Orion Avia Ltd and Kama Electronics LLC, which assembles drones for the Russian army, "
        "are also under U.S. sanctions.",
        _sanctioned("Orion Avia", "Kama Electronics"),
    ),
    (
        "under_bloc_sanctions_since",
        "Kama Electronics LLC, which has been under EU sanctions since 2022, makes parts for "
        "Russian drones.",
        _sanctioned("Kama Electronics"),
    ),
    (
        "korea_munitions_department_targeted",
        "The sanctions target the Korea Munitions Industry Department, which oversees shell "
        "production for Russia, as well as five officials.",
        _sanctioned("Munitions Industry Department"),
    ),
    (
        "sanctioned_described_as_having_evaded",
        "Britain sanctioned Sky Crest Trading, which London described as having bought drone "
        "parts for Russia through front companies while concealing the end user.",
        _sanctioned("Sky Crest Trading") | {("Sky Crest Trading", "sanctions_evasion", "asserted")},
    ),
]

NOT_SANCTIONED_BY_PLACE = [
    (
        "including_after_their_suppliers",
        "The US imposed sanctions on 20 firms that bought chips for Russia from suppliers, "
        "including companies in India and Turkey.",
        "India",
    ),
    (
        "us_assets_of_the_targeted",
        "The US sanctioned 300 firms helping Russia. The designations freeze any U.S. assets of "
        "the targeted companies and bar Americans from dealing with them.",
        "United States",
    ),
    (
        "pushed_for_tougher_sanctions",
        '"Iran arms Russia," said Rep. John Doe, who has pushed for tougher sanctions on Iran.',
        "Iran",
    ),
    (
        "called_on_partners_to_impose",
        "Kyiv called on its partners to impose sanctions on Chinese suppliers of Russia's drones.",
        "China",
    ),
    (
        "urged_the_bloc_to_sanction",
        "Lawmakers urged the EU to sanction Kama Electronics LLC over drone parts for Russia.",
        "Kama Electronics",
    ),
    (
        "calls_for_new_sanctions",
        "Ukraine's president renewed calls for new sanctions on Iran over drones sent to Russia.",
        "Iran",
    ),
    (
        "described_by_the_sanctioner",
        "Britain sanctioned Sky Crest Trading, which Treasury described as having bought drone "
        "parts for Russia.",
        "United States",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in LISTED_BY_PLACE], ids=[r[0] for r in LISTED_BY_PLACE]
)
def test_listed_by_place(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = _triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [r[1:] for r in NOT_SANCTIONED_BY_PLACE],
    ids=[r[0] for r in NOT_SANCTIONED_BY_PLACE],
)
def test_not_sanctioned_by_place(extractor: Extractor, text: str, name: str) -> None:
    found = _triples(extractor, article(text))
    assert (name, "sanctions_imposed", "asserted") not in found, found


# rules-1.7.x: a list of sanctioning states before "sanctions"; the first one named speaks
FIRST_SANCTIONER = [
    (
        "subject_to_three_adjectives",
        "The Yelabuga plant, Kama Electronics LLC, is subject to American, British and European "
        "sanctions, and its suppliers have been listed too.",
        "Kama Electronics",
        "United States",
    ),
    (
        "under_mixed_list",
        "Orion Avia Ltd, which makes drone parts for Russia, is under US, British and EU "
        "sanctions.",
        "Orion Avia",
        "United States",
    ),
    (
        "remains_under_adjectives",
        "Kama Electronics LLC remains under British, American and Japanese sanctions over its "
        "work for Russia's drone makers.",
        "Kama Electronics",
        "United Kingdom",
    ),
    (
        "subject_to_two_blocs",
        "Orion Avia Ltd is subject to EU and U.S. sanctions over Russia.",
        "Orion Avia",
        "European Union",
    ),
    (
        "where_then_who_is_no_list",
        "In Armenia, the Treasury sanctioned Orion Avia Ltd, a trader that shipped chips to "
        "Russia.",
        "Orion Avia",
        "United States",
    ),
]

NOT_SUBJECT_TO = [
    (
        "not_subject_to_adjective_sanctions",
        "Moscow said Kama Electronics LLC, a Russian drone maker, is not subject to American "
        "sanctions.",
        "Kama Electronics",
    ),
    (
        "could_be_subject_to_list",
        "Kama Electronics LLC, a Russian drone maker, could be subject to US, British and EU "
        "sanctions.",
        "Kama Electronics",
    ),
    (
        "not_subject_to_any_of_a_list",
        "Kama Electronics LLC, a Russian drone maker, is not subject to any US or European "
        "sanctions.",
        "Kama Electronics",
    ),
    (
        "the_states_listed_before_sanctions_impose_them",
        "Insurers exclude cover where a vessel or its cargo is subject to UN, EU, UK or US "
        "sanctions.",
        "United States",
    ),
    (
        "the_first_state_listed_before_sanctions",
        "Insurers exclude cover where a vessel or its cargo is subject to UN, EU, UK or US "
        "sanctions.",
        "European Union",
    ),
]


@pytest.mark.parametrize(
    ("text", "subject", "source"),
    [r[1:] for r in FIRST_SANCTIONER],
    ids=[r[0] for r in FIRST_SANCTIONER],
)
def test_first_sanctioner_speaks(
    extractor: Extractor, text: str, subject: str, source: str
) -> None:
    found = {
        c.subject: c.source
        for c in extractor.extract(article(text))
        if c.claim_type == "sanctions_imposed"
    }
    assert found.get(subject) == source, found


@pytest.mark.parametrize(
    ("text", "name"), [r[1:] for r in NOT_SUBJECT_TO], ids=[r[0] for r in NOT_SUBJECT_TO]
)
def test_not_subject_to(extractor: Extractor, text: str, name: str) -> None:
    found = _triples(extractor, article(text))
    assert (name, "sanctions_imposed", "asserted") not in found, found


# under (or subject to) the sanctions of a list of states: the first of them is the source
UNDER_STATES_SANCTIONS = [
    (
        "under_two_adjectives",
        "Kupol, a Russian drone maker, has been under American and European sanctions since 2022.",
        "IEMZ Kupol",
        "United States",
    ),
    (
        "subject_to_three_adjectives_of_a_zone",
        "The Alabuga zone is subject to American, British and European sanctions, and its "
        "suppliers face scrutiny.",
        "Alabuga Special Economic Zone",
        "United States",
    ),
    (
        "remains_under_mixed_list",
        "Russia's Alabuga plant remains under British, Canadian and EU sanctions.",
        "Alabuga Special Economic Zone",
        "United Kingdom",
    ),
    (
        "relative_subject_to_list",
        "Kupol, a Russian drone plant which is subject to British, EU and US sanctions, makes the "
        "Garpiya.",
        "IEMZ Kupol",
        "United Kingdom",
    ),
    (
        "already_subject_to_pair",
        "Kupol, the Russian drone plant, is already subject to Japanese and US sanctions.",
        "IEMZ Kupol",
        "Japan",
    ),
]
UNDER_STATES_SANCTIONS += [
    (
        "a_verbless_description_of_a_pair_under_sanctions",
        "The network bought servomotors for Kronshtadt and IEMZ Kupol, two Russian drone makers "
        "already under British and US sanctions.",
        "IEMZ Kupol",
        "United Kingdom",
    ),
    (
        "a_verbless_description_of_the_object_under_sanctions",
        "Turkish brokers arranged deliveries to the Alabuga plant, a Russian drone factory long "
        "under EU sanctions.",
        "Alabuga Special Economic Zone",
        "European Union",
    ),
    (
        "both_under_sanctions_after_a_pair",
        "Customs data show engines going to Kronshtadt and IEMZ Kupol, both already under US "
        "sanctions.",
        "Kronstadt",
        "United States",
    ),
]
# "under" words that are no states' sanctions
NOT_UNDER_STATES_SANCTIONS = [
    (
        "some_of_a_list_under_sanctions_unsaid_which",
        "Exports went to Kartli Freight Services, Rustavi Aero Parts and Batumi Cargo Line, two "
        "of them already under US sanctions.",
        "Batumi Cargo Line",
    ),
    (
        "a_description_that_is_a_clause_of_its_own",
        "Engines went to Rustavi Aero Parts, a trader that said it was under no US sanctions.",
        "Rustavi Aero Parts",
    ),
    (
        "under_lowercase_rules",
        "Alabuga, the Russian drone plant, operates under strict secrecy and sanctions rules.",
        "Alabuga Special Economic Zone",
    ),
    (
        "treasury_in_a_country",
        "In Armenia, the Treasury sanctioned Yerevan Parts LLC for shipping chips to Russia.",
        "Armenia",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "source"),
    [r[1:] for r in UNDER_STATES_SANCTIONS],
    ids=[r[0] for r in UNDER_STATES_SANCTIONS],
)
def test_under_states_sanctions(extractor: Extractor, text: str, name: str, source: str) -> None:
    sources = {
        c.subject: c.source
        for c in extractor.extract(article(text))
        if c.claim_type == "sanctions_imposed"
    }
    assert sources.get(name) == source, sources


@pytest.mark.parametrize(
    ("text", "name"),
    [r[1:] for r in NOT_UNDER_STATES_SANCTIONS],
    ids=[r[0] for r in NOT_UNDER_STATES_SANCTIONS],
)
def test_not_under_states_sanctions(extractor: Extractor, text: str, name: str) -> None:
    claims = extractor.extract(article(text))
    assert not any(c.subject == name and c.claim_type == "sanctions_imposed" for c in claims)
    assert all(c.source != "Armenia" for c in claims)


# left8: members named inside a list sentence ("were sanctioned, including X", "X, one of
# two Uzbek firms on the list", "the sanctions apply to X"), and agents who buy for Russia
LIST_MEMBERS = [
    (
        "an_apposition_then_the_next_target_then_the_reason",
        "The EU sanctioned Harbin Skyline Motor, a Chinese firm, and Amur Parts Trading, for "
        "supplying drone engines to Russia.",
        _sanctioned("Harbin Skyline Motor", "Amur Parts Trading"),
    ),
    (
        "a_named_firm_that_was_designated",
        "The parts were bought through Kestrel Avionics, a Dubai firm which has been designated "
        "by the Treasury for supplying Russia.",
        _sanctioned("Kestrel Avionics"),
    ),
    (
        "added_to_the_list_as_the_subject",
        "The Treasury on Tuesday designated Kestrel Avionics for shipping chips to Russia. Orion "
        "Parts Trading was added to the list the same day.",
        _sanctioned("Kestrel Avionics", "Orion Parts Trading"),
    ),
    (
        "both_appear_on_the_new_list",
        "Kyiv sanctioned dozens of suppliers of Russia's drone makers on Friday. Investigators "
        "traced the shipments through customs records. Two names stand out. Both Volga Drone "
        "Systems and Amur Parts Trading appear on the new list.",
        _sanctioned("Volga Drone Systems", "Amur Parts Trading"),
    ),
    (
        "passive_including_person_described_by_the_government",
        "Australia imposed sanctions on Iranian drone makers on Wednesday. Three Iranian "
        "nationals were also sanctioned, including Hossein Rezaei, whom the government described "
        "as a senior executive involved in arranging the transfer of drones to Russian forces.",
        _sanctioned("Hossein Rezaei") | {("Hossein Rezaei", "drone_supply", "asserted")},
    ),
    (
        "passive_among_them",
        "The US imposed sanctions on Tuesday. Two Chinese firms were designated on Tuesday, "
        "among them Shenzhen Brightlink Technology Co., Ltd., a maker of sensors.",
        _sanctioned("Shenzhen Brightlink Technology"),
    ),
    (
        "passive_including_two_companies",
        "Britain announced sanctions on Friday. Five companies were blacklisted, including "
        "Orion Parts Trading LLC and Delta Vista FZE.",
        _sanctioned("Orion Parts Trading", "Delta Vista"),
    ),
    (
        "one_of_two_firms_on_the_list_procured_for",
        "Japan imposed sanctions on Friday on firms that help Russia's war. Tashkent-based "
        "Samarkand Tooling Group, one of two Uzbek firms on the list, allegedly procured machine "
        "tools for a Russian arms plant.",
        _sanctioned("Samarkand Tooling Group")
        | {("Samarkand Tooling Group", "component_supply", "asserted")},
    ),
    (
        "also_on_the_blacklist",
        "The EU adopted new sanctions on Monday. Kestrel Avionics Ltd, also on the blacklist, "
        "shipped navigation modules to Russia.",
        _sanctioned("Kestrel Avionics") | {("Kestrel Avionics", "component_supply", "asserted")},
    ),
    (
        "which_is_among_the_companies_on_the_new_list",
        "Canada imposed sanctions on Thursday. Polaris Trade House LLC, which is among the "
        "companies on the new list, sold microchips to Russian buyers.",
        _sanctioned("Polaris Trade House"),
    ),
    (
        "the_only_individual_on_the_list_is",
        "Japan imposed sanctions on Friday. The only individual on the list is a Chinese "
        "national, Li Xiaoming, who is believed to control several of the Hong Kong entities.",
        _sanctioned("Li Xiaoming"),
    ),
    (
        "the_other_company_on_the_list_was",
        "The UK announced sanctions on Tuesday. The other company on the list was Minsk-based "
        "Belvector Systems LLC.",
        _sanctioned("Belvector Systems"),
    ),
    (
        "sanctions_apply_in_particular_to",
        "Zelensky signed a decree imposing sanctions on 12 foreign companies. According to the "
        "decree, the sanctions apply, in particular, to Wuxi Huayang Power Co., Ltd., which, "
        "according to Ukrainian intelligence, supplied engines used in the Garpiya drones.",
        _sanctioned("Wuxi Huayang Power")
        | {("Wuxi Huayang Power", "component_supply", "asserted")},
    ),
    (
        "sanctions_also_apply_to",
        "Ukraine imposed sanctions on Sunday. The sanctions also apply to Jiangsu Tianhe "
        "Trading Co., Ltd.",
        _sanctioned("Jiangsu Tianhe Trading"),
    ),
]

LIST_MEMBERS += [
    (
        "faces_a_list_of_states_sanctions",
        "Kupol faces US and EU sanctions over its Garpiya drones.",
        _sanctioned("IEMZ Kupol"),
    ),
    (
        "already_facing_sanctions",
        "Orion Parts Trading LLC, already facing British sanctions, kept shipping chips to Russia.",
        _sanctioned("Orion Parts Trading"),
    ),
    (
        "hit_with_a_list_of_states_sanctions",
        "IEMZ Kupol has been hit with British and US sanctions.",
        _sanctioned("IEMZ Kupol"),
    ),
]

BOUGHT_FOR_RUSSIA = [
    (
        "procured_for_a_russian_plant",
        "Orient Machinery Trade procured machine tools for a Russian arms plant.",
        ("Orient Machinery Trade", "component_supply", "asserted"),
    ),
    (
        "bought_on_behalf_of_russian_firms",
        "Kestrel Avionics Ltd bought navigation modules on behalf of Russian defence companies.",
        ("Kestrel Avionics", "component_supply", "asserted"),
    ),
    (
        "purchased_for_russias_military",
        "Baltic Sourcing GmbH purchased microchips for Russia's military.",
        ("Baltic Sourcing", "component_supply", "asserted"),
    ),
    (
        "a_firm_that_the_commission_says_procured",
        "The EU unveiled new sanctions on Russia. In the UAE, the package targets Sandstone Star "
        "General Trading LLC, a Dubai-based firm that the Commission says procured spare parts "
        "for Russian military helicopters.",
        ("Sandstone Star General Trading", "component_supply", "asserted"),
    ),
]

NOT_LIST_MEMBERS = [
    (
        "on_the_list_with_no_sanctions_before",
        "Volga Drone Systems shipped parts to Russian units last year. Volga Drone Systems "
        "appears on the list of the region's largest employers.",
        ("Volga Drone Systems", "sanctions_imposed", "asserted"),
    ),
    (
        "a_clause_before_the_subject_on_the_list",
        "The Treasury sanctioned Kestrel Avionics for shipping chips to Russia. Investigators "
        "said that Orion Parts Trading, its supplier, was never added to the list.",
        ("Orion Parts Trading", "sanctions_imposed", "asserted"),
    ),
    (
        "could_face_sanctions",
        "Orion Parts Trading LLC could face US sanctions if it keeps selling to Russia.",
        ("Orion Parts Trading", "sanctions_imposed", "asserted"),
    ),
    (
        "risks_facing_sanctions",
        "Delta Vista FZE risks facing EU sanctions over its trade with Russia.",
        ("Delta Vista", "sanctions_imposed", "asserted"),
    ),
    (
        "faces_questions_over_sanctions",
        "Delta Vista FZE faces questions over sanctions on Russia.",
        ("Delta Vista", "sanctions_imposed", "asserted"),
    ),
    (
        "relative_after_the_only_member_names_no_target",
        "Japan imposed sanctions on Friday. The only individual on the list is a Chinese "
        "national, Li Xiaoming, who is believed to control several of the Hong Kong entities.",
        ("Hong Kong", "sanctions_imposed", "asserted"),
    ),
    (
        "a_list_that_is_not_the_sanctions_list",
        "The EU imposed sanctions on Russia last year. Foxconn, one of the largest firms on the "
        "Fortune list, reported record profits.",
        ("Foxconn", "sanctions_imposed", "asserted"),
    ),
    (
        "sanctioned_nationals_involved_in_deals_are_no_personnel",
        "Australia imposed sanctions on Iranian drone makers on Wednesday. Three Iranian "
        "nationals were also sanctioned, including Hossein Rezaei, whom the government described "
        "as a senior executive involved in arranging the transfer of drones to Russian forces.",
        ("Iran", "personnel", "asserted"),
    ),
    (
        "parts_for_its_own_russian_made_jets",
        "Vietnam purchased radar components for Russian-made fighter jets.",
        ("Vietnam", "component_supply", "asserted"),
    ),
    (
        "a_russian_firm_buying_for_a_russian_plant",
        "Rostec procured machine tools for a Russian arms plant.",
        ("Rostec", "component_supply", "asserted"),
    ),
    (
        "bought_from_russia_for_its_own_army",
        "India bought engines for its Russian helicopters.",
        ("India", "component_supply", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in LIST_MEMBERS], ids=[r[0] for r in LIST_MEMBERS]
)
def test_list_members(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = _triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [r[1:] for r in BOUGHT_FOR_RUSSIA],
    ids=[r[0] for r in BOUGHT_FOR_RUSSIA],
)
def test_bought_for_russia(extractor: Extractor, text: str, expected: Triple) -> None:
    assert expected in _triples(extractor, article(text))


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_LIST_MEMBERS], ids=[r[0] for r in NOT_LIST_MEMBERS]
)
def test_not_list_members(extractor: Extractor, text: str, absent: Triple) -> None:
    found = _triples(extractor, article(text))
    assert absent not in found, found


# rules-1.7.x: a sanctioned group described first, its members named in a later sentence
GROUP_MEMBERS = [
    (
        "member_named_with_what_it_did",
        "Britain on Monday sanctioned a Chinese drone engine maker that it said supplied Russia. "
        "The Foreign Office said Zhejiang Feilong Motor Co had shipped engines to Russian "
        "buyers.",
        _sanctioned("Zhejiang Feilong Motor"),
    ),
    (
        "coordinated_members_one_doing_it",
        "The United States has sanctioned three Armenian companies it accuses of helping Russia "
        "obtain chips. The Treasury said that Lori Trade Import, Sevan Components Group and "
        "Dilijan Cargo Solutions had re-exported microchips to Russia.",
        _sanctioned("Lori Trade Import", "Sevan Components Group", "Dilijan Cargo Solutions"),
    ),
    (
        "definite_group_with_dashed_names",
        "The European Union sanctioned two Chinese suppliers and three Hong Kong trading "
        "companies for supplying drone parts to Russia. The three Hong Kong firms - Bay Crest "
        "Trading, Harbour Point International and Jade Junction Ltd - were used as fronts.",
        _sanctioned("Bay Crest Trading", "Harbour Point International", "Jade Junction"),
    ),
    (
        "definite_group_with_colon",
        "Japan sanctioned two Turkish exporters for shipping machine tools to Russia. The two "
        "Turkish exporters: Anka Makina Ltd and Bosphorus Tekno Ltd.",
        _sanctioned("Anka Makina", "Bosphorus Tekno"),
    ),
    (
        "members_after_a_colon_with_their_deeds",
        "Britain blacklisted three Belarusian firms over the drone programme: Minsk Optika Ltd, "
        "which it said made camera modules for Russian drones, and Gomel Servo Systems.",
        _sanctioned("Minsk Optika", "Gomel Servo Systems"),
    ),
    (
        "members_right_after_the_colon",
        "The EU sanctioned two Chinese companies: Harbin Skyline Motor Co. and Dalian Wavecrest "
        "Electronics, for supplying drone engines to Russia.",
        _sanctioned("Harbin Skyline Motor", "Dalian Wavecrest Electronics"),
    ),
]
NOT_GROUP_MEMBERS = [
    (
        "a_new_clause_before_the_colon",
        "The EU sanctioned two Chinese companies for supplying Russia, and one diplomat put it "
        "bluntly: Harbin Skyline Motor Co. was the larger of them.",
        ("Harbin Skyline Motor", "sanctions_imposed", "asserted"),
    ),
    (
        "count_exceeded",
        "Britain on Monday sanctioned a Chinese drone engine maker that it said supplied Russia. "
        "The Foreign Office said Zhejiang Feilong Motor Co and Ningbo Dali Power Co had shipped "
        "engines to Russian buyers.",
        ("Ningbo Dali Power", "sanctions_imposed", "asserted"),
    ),
    (
        "buyer_is_no_member",
        "The United States sanctioned two Chinese firms that it said sold engines to Russia. The "
        "Treasury said Xiamen Hongda Engine Co sold engines to Shenzhen Kaili Trading Co.",
        ("Shenzhen Kaili Trading", "sanctions_imposed", "asserted"),
    ),
    (
        "other_nationality",
        "The United States sanctioned two Chinese firms that it said sold engines to Russia. The "
        "Treasury said Istanbul Motor Ltd, a Turkish company, had shipped drone parts to Russia.",
        ("Istanbul Motor", "sanctions_imposed", "asserted"),
    ),
    (
        "said_by_someone_else",
        "The United States sanctioned two Chinese firms that it said sold engines to Russia. "
        "Ukraine's intelligence agency said Xiamen Hongda Engine Co had sold engines to Russia.",
        ("Xiamen Hongda Engine", "sanctions_imposed", "asserted"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in GROUP_MEMBERS], ids=[r[0] for r in GROUP_MEMBERS]
)
def test_group_members(extractor: Extractor, text: str, expected: set[Triple]) -> None:
    found = _triples(extractor, article(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    ("text", "absent"), [r[1:] for r in NOT_GROUP_MEMBERS], ids=[r[0] for r in NOT_GROUP_MEMBERS]
)
def test_not_group_members(extractor: Extractor, text: str, absent: Triple) -> None:
    found = _triples(extractor, article(text))
    assert absent not in found, found
