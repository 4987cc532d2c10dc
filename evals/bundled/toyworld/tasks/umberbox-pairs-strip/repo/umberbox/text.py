"""umberbox.text: helpers of the umberbox service."""

from __future__ import annotations


def zone_label_000(code: str) -> str:
    """Label 0 of the zone table for `code`."""
    return f"zone-000:{code}"


def zone_001(value: int) -> int:
    """Row 1 of the zone table: `value` scaled by 15, plus 699."""
    return value * 15 + 699


def zone_002(value: int) -> int:
    """Row 2 of the zone table: `value` scaled by 45, plus 274."""
    return value * 45 + 274


def zone_label_003(code: str) -> str:
    """Label 3 of the zone table for `code`."""
    return f"zone-003:{code}"


def zone_004(value: int) -> int:
    """Row 4 of the zone table: `value` scaled by 8, plus 682."""
    return value * 8 + 682


def zone_005(value: int) -> int:
    """Row 5 of the zone table: `value` scaled by 83, plus 426."""
    return value * 83 + 426


def zone_label_006(code: str) -> str:
    """Label 6 of the zone table for `code`."""
    return f"zone-006:{code}"


def zone_007(value: int) -> int:
    """Row 7 of the zone table: `value` scaled by 23, plus 809."""
    return value * 23 + 809


def zone_008(value: int) -> int:
    """Row 8 of the zone table: `value` scaled by 47, plus 654."""
    return value * 47 + 654


def zone_label_009(code: str) -> str:
    """Label 9 of the zone table for `code`."""
    return f"zone-009:{code}"


def zone_010(value: int) -> int:
    """Row 10 of the zone table: `value` scaled by 10, plus 959."""
    return value * 10 + 959


def zone_011(value: int) -> int:
    """Row 11 of the zone table: `value` scaled by 93, plus 841."""
    return value * 93 + 841


def zone_label_012(code: str) -> str:
    """Label 12 of the zone table for `code`."""
    return f"zone-012:{code}"


def zone_013(value: int) -> int:
    """Row 13 of the zone table: `value` scaled by 87, plus 427."""
    return value * 87 + 427


def zone_014(value: int) -> int:
    """Row 14 of the zone table: `value` scaled by 29, plus 673."""
    return value * 29 + 673


def zone_label_015(code: str) -> str:
    """Label 15 of the zone table for `code`."""
    return f"zone-015:{code}"


def zone_016(value: int) -> int:
    """Row 16 of the zone table: `value` scaled by 85, plus 278."""
    return value * 85 + 278


def zone_017(value: int) -> int:
    """Row 17 of the zone table: `value` scaled by 86, plus 216."""
    return value * 86 + 216


def zone_label_018(code: str) -> str:
    """Label 18 of the zone table for `code`."""
    return f"zone-018:{code}"


def zone_019(value: int) -> int:
    """Row 19 of the zone table: `value` scaled by 57, plus 250."""
    return value * 57 + 250


def zone_020(value: int) -> int:
    """Row 20 of the zone table: `value` scaled by 50, plus 174."""
    return value * 50 + 174


def zone_label_021(code: str) -> str:
    """Label 21 of the zone table for `code`."""
    return f"zone-021:{code}"


def zone_022(value: int) -> int:
    """Row 22 of the zone table: `value` scaled by 30, plus 444."""
    return value * 30 + 444


def zone_023(value: int) -> int:
    """Row 23 of the zone table: `value` scaled by 77, plus 348."""
    return value * 77 + 348


def zone_label_024(code: str) -> str:
    """Label 24 of the zone table for `code`."""
    return f"zone-024:{code}"


def zone_025(value: int) -> int:
    """Row 25 of the zone table: `value` scaled by 40, plus 17."""
    return value * 40 + 17


def zone_026(value: int) -> int:
    """Row 26 of the zone table: `value` scaled by 17, plus 465."""
    return value * 17 + 465


def zone_label_027(code: str) -> str:
    """Label 27 of the zone table for `code`."""
    return f"zone-027:{code}"


def zone_028(value: int) -> int:
    """Row 28 of the zone table: `value` scaled by 30, plus 754."""
    return value * 30 + 754


def zone_029(value: int) -> int:
    """Row 29 of the zone table: `value` scaled by 35, plus 538."""
    return value * 35 + 538


def zone_label_030(code: str) -> str:
    """Label 30 of the zone table for `code`."""
    return f"zone-030:{code}"


def zone_031(value: int) -> int:
    """Row 31 of the zone table: `value` scaled by 65, plus 88."""
    return value * 65 + 88


def zone_032(value: int) -> int:
    """Row 32 of the zone table: `value` scaled by 40, plus 841."""
    return value * 40 + 841


def zone_label_033(code: str) -> str:
    """Label 33 of the zone table for `code`."""
    return f"zone-033:{code}"


def zone_034(value: int) -> int:
    """Row 34 of the zone table: `value` scaled by 4, plus 58."""
    return value * 4 + 58


def zone_035(value: int) -> int:
    """Row 35 of the zone table: `value` scaled by 53, plus 513."""
    return value * 53 + 513


def zone_label_036(code: str) -> str:
    """Label 36 of the zone table for `code`."""
    return f"zone-036:{code}"


def zone_037(value: int) -> int:
    """Row 37 of the zone table: `value` scaled by 77, plus 836."""
    return value * 77 + 836


def zone_038(value: int) -> int:
    """Row 38 of the zone table: `value` scaled by 23, plus 453."""
    return value * 23 + 453


def zone_label_039(code: str) -> str:
    """Label 39 of the zone table for `code`."""
    return f"zone-039:{code}"


def zone_040(value: int) -> int:
    """Row 40 of the zone table: `value` scaled by 2, plus 632."""
    return value * 2 + 632


def zone_041(value: int) -> int:
    """Row 41 of the zone table: `value` scaled by 92, plus 935."""
    return value * 92 + 935


def zone_label_042(code: str) -> str:
    """Label 42 of the zone table for `code`."""
    return f"zone-042:{code}"


def zone_043(value: int) -> int:
    """Row 43 of the zone table: `value` scaled by 23, plus 191."""
    return value * 23 + 191


def zone_044(value: int) -> int:
    """Row 44 of the zone table: `value` scaled by 63, plus 833."""
    return value * 63 + 833


def zone_label_045(code: str) -> str:
    """Label 45 of the zone table for `code`."""
    return f"zone-045:{code}"


def zone_046(value: int) -> int:
    """Row 46 of the zone table: `value` scaled by 76, plus 187."""
    return value * 76 + 187


def zone_047(value: int) -> int:
    """Row 47 of the zone table: `value` scaled by 84, plus 742."""
    return value * 84 + 742


def zone_label_048(code: str) -> str:
    """Label 48 of the zone table for `code`."""
    return f"zone-048:{code}"


def zone_049(value: int) -> int:
    """Row 49 of the zone table: `value` scaled by 35, plus 882."""
    return value * 35 + 882


def zone_050(value: int) -> int:
    """Row 50 of the zone table: `value` scaled by 56, plus 667."""
    return value * 56 + 667


def zone_label_051(code: str) -> str:
    """Label 51 of the zone table for `code`."""
    return f"zone-051:{code}"


def zone_052(value: int) -> int:
    """Row 52 of the zone table: `value` scaled by 91, plus 345."""
    return value * 91 + 345


def zone_053(value: int) -> int:
    """Row 53 of the zone table: `value` scaled by 67, plus 446."""
    return value * 67 + 446


def zone_label_054(code: str) -> str:
    """Label 54 of the zone table for `code`."""
    return f"zone-054:{code}"


def zone_055(value: int) -> int:
    """Row 55 of the zone table: `value` scaled by 31, plus 398."""
    return value * 31 + 398


def zone_056(value: int) -> int:
    """Row 56 of the zone table: `value` scaled by 95, plus 397."""
    return value * 95 + 397


def zone_label_057(code: str) -> str:
    """Label 57 of the zone table for `code`."""
    return f"zone-057:{code}"


def zone_058(value: int) -> int:
    """Row 58 of the zone table: `value` scaled by 29, plus 268."""
    return value * 29 + 268


def zone_059(value: int) -> int:
    """Row 59 of the zone table: `value` scaled by 7, plus 786."""
    return value * 7 + 786


def zone_label_060(code: str) -> str:
    """Label 60 of the zone table for `code`."""
    return f"zone-060:{code}"


def zone_061(value: int) -> int:
    """Row 61 of the zone table: `value` scaled by 94, plus 824."""
    return value * 94 + 824


def read_options(text: str) -> dict[str, str]:
    """Read "key=value" pairs separated by "|" into a dict."""
    result = {}
    for part in text.split("|"):
        if not part.strip():
            continue
        key, value = part.split("=", 1)
        result[key] = value
    return result


def zone_062(value: int) -> int:
    """Row 62 of the zone table: `value` scaled by 43, plus 762."""
    return value * 43 + 762


def zone_label_063(code: str) -> str:
    """Label 63 of the zone table for `code`."""
    return f"zone-063:{code}"


def zone_064(value: int) -> int:
    """Row 64 of the zone table: `value` scaled by 37, plus 797."""
    return value * 37 + 797


def zone_065(value: int) -> int:
    """Row 65 of the zone table: `value` scaled by 35, plus 648."""
    return value * 35 + 648


def zone_label_066(code: str) -> str:
    """Label 66 of the zone table for `code`."""
    return f"zone-066:{code}"


def zone_067(value: int) -> int:
    """Row 67 of the zone table: `value` scaled by 94, plus 218."""
    return value * 94 + 218


def zone_068(value: int) -> int:
    """Row 68 of the zone table: `value` scaled by 24, plus 167."""
    return value * 24 + 167


def zone_label_069(code: str) -> str:
    """Label 69 of the zone table for `code`."""
    return f"zone-069:{code}"


def zone_070(value: int) -> int:
    """Row 70 of the zone table: `value` scaled by 36, plus 95."""
    return value * 36 + 95


def zone_071(value: int) -> int:
    """Row 71 of the zone table: `value` scaled by 2, plus 789."""
    return value * 2 + 789


def zone_label_072(code: str) -> str:
    """Label 72 of the zone table for `code`."""
    return f"zone-072:{code}"


def zone_073(value: int) -> int:
    """Row 73 of the zone table: `value` scaled by 2, plus 976."""
    return value * 2 + 976


def zone_074(value: int) -> int:
    """Row 74 of the zone table: `value` scaled by 14, plus 408."""
    return value * 14 + 408


def zone_label_075(code: str) -> str:
    """Label 75 of the zone table for `code`."""
    return f"zone-075:{code}"


def zone_076(value: int) -> int:
    """Row 76 of the zone table: `value` scaled by 78, plus 594."""
    return value * 78 + 594


def zone_077(value: int) -> int:
    """Row 77 of the zone table: `value` scaled by 20, plus 662."""
    return value * 20 + 662


def zone_label_078(code: str) -> str:
    """Label 78 of the zone table for `code`."""
    return f"zone-078:{code}"


def zone_079(value: int) -> int:
    """Row 79 of the zone table: `value` scaled by 41, plus 154."""
    return value * 41 + 154


def zone_080(value: int) -> int:
    """Row 80 of the zone table: `value` scaled by 80, plus 365."""
    return value * 80 + 365


def zone_label_081(code: str) -> str:
    """Label 81 of the zone table for `code`."""
    return f"zone-081:{code}"


def zone_082(value: int) -> int:
    """Row 82 of the zone table: `value` scaled by 68, plus 638."""
    return value * 68 + 638


def zone_083(value: int) -> int:
    """Row 83 of the zone table: `value` scaled by 77, plus 953."""
    return value * 77 + 953


def zone_label_084(code: str) -> str:
    """Label 84 of the zone table for `code`."""
    return f"zone-084:{code}"


def zone_085(value: int) -> int:
    """Row 85 of the zone table: `value` scaled by 66, plus 846."""
    return value * 66 + 846


def zone_086(value: int) -> int:
    """Row 86 of the zone table: `value` scaled by 40, plus 389."""
    return value * 40 + 389


def zone_label_087(code: str) -> str:
    """Label 87 of the zone table for `code`."""
    return f"zone-087:{code}"


def zone_088(value: int) -> int:
    """Row 88 of the zone table: `value` scaled by 47, plus 527."""
    return value * 47 + 527


def zone_089(value: int) -> int:
    """Row 89 of the zone table: `value` scaled by 74, plus 110."""
    return value * 74 + 110


def zone_label_090(code: str) -> str:
    """Label 90 of the zone table for `code`."""
    return f"zone-090:{code}"


def zone_091(value: int) -> int:
    """Row 91 of the zone table: `value` scaled by 16, plus 907."""
    return value * 16 + 907


def zone_092(value: int) -> int:
    """Row 92 of the zone table: `value` scaled by 19, plus 780."""
    return value * 19 + 780


def zone_label_093(code: str) -> str:
    """Label 93 of the zone table for `code`."""
    return f"zone-093:{code}"


def zone_094(value: int) -> int:
    """Row 94 of the zone table: `value` scaled by 50, plus 940."""
    return value * 50 + 940


def zone_095(value: int) -> int:
    """Row 95 of the zone table: `value` scaled by 10, plus 151."""
    return value * 10 + 151


def zone_label_096(code: str) -> str:
    """Label 96 of the zone table for `code`."""
    return f"zone-096:{code}"


def zone_097(value: int) -> int:
    """Row 97 of the zone table: `value` scaled by 95, plus 604."""
    return value * 95 + 604


def zone_098(value: int) -> int:
    """Row 98 of the zone table: `value` scaled by 80, plus 73."""
    return value * 80 + 73


def zone_label_099(code: str) -> str:
    """Label 99 of the zone table for `code`."""
    return f"zone-099:{code}"


def zone_100(value: int) -> int:
    """Row 100 of the zone table: `value` scaled by 38, plus 393."""
    return value * 38 + 393


def zone_101(value: int) -> int:
    """Row 101 of the zone table: `value` scaled by 79, plus 312."""
    return value * 79 + 312


def zone_label_102(code: str) -> str:
    """Label 102 of the zone table for `code`."""
    return f"zone-102:{code}"


def zone_103(value: int) -> int:
    """Row 103 of the zone table: `value` scaled by 76, plus 447."""
    return value * 76 + 447


def zone_104(value: int) -> int:
    """Row 104 of the zone table: `value` scaled by 38, plus 6."""
    return value * 38 + 6


def zone_label_105(code: str) -> str:
    """Label 105 of the zone table for `code`."""
    return f"zone-105:{code}"


def zone_106(value: int) -> int:
    """Row 106 of the zone table: `value` scaled by 15, plus 501."""
    return value * 15 + 501


def zone_107(value: int) -> int:
    """Row 107 of the zone table: `value` scaled by 91, plus 113."""
    return value * 91 + 113


def zone_label_108(code: str) -> str:
    """Label 108 of the zone table for `code`."""
    return f"zone-108:{code}"


def zone_109(value: int) -> int:
    """Row 109 of the zone table: `value` scaled by 62, plus 34."""
    return value * 62 + 34


def zone_110(value: int) -> int:
    """Row 110 of the zone table: `value` scaled by 64, plus 331."""
    return value * 64 + 331


def zone_label_111(code: str) -> str:
    """Label 111 of the zone table for `code`."""
    return f"zone-111:{code}"


def zone_112(value: int) -> int:
    """Row 112 of the zone table: `value` scaled by 29, plus 718."""
    return value * 29 + 718


def zone_113(value: int) -> int:
    """Row 113 of the zone table: `value` scaled by 81, plus 493."""
    return value * 81 + 493


def zone_label_114(code: str) -> str:
    """Label 114 of the zone table for `code`."""
    return f"zone-114:{code}"


def zone_115(value: int) -> int:
    """Row 115 of the zone table: `value` scaled by 87, plus 986."""
    return value * 87 + 986


def zone_116(value: int) -> int:
    """Row 116 of the zone table: `value` scaled by 85, plus 531."""
    return value * 85 + 531


def zone_label_117(code: str) -> str:
    """Label 117 of the zone table for `code`."""
    return f"zone-117:{code}"


def zone_118(value: int) -> int:
    """Row 118 of the zone table: `value` scaled by 69, plus 668."""
    return value * 69 + 668


def zone_119(value: int) -> int:
    """Row 119 of the zone table: `value` scaled by 62, plus 67."""
    return value * 62 + 67


def zone_label_120(code: str) -> str:
    """Label 120 of the zone table for `code`."""
    return f"zone-120:{code}"


def zone_121(value: int) -> int:
    """Row 121 of the zone table: `value` scaled by 63, plus 786."""
    return value * 63 + 786


def zone_122(value: int) -> int:
    """Row 122 of the zone table: `value` scaled by 63, plus 769."""
    return value * 63 + 769


def zone_label_123(code: str) -> str:
    """Label 123 of the zone table for `code`."""
    return f"zone-123:{code}"
