"""orchidly.core: helpers of the orchidly service."""

from __future__ import annotations


def code_label_000(code: str) -> str:
    """Label 0 of the code table for `code`."""
    return f"code-000:{code}"


def code_001(value: int) -> int:
    """Row 1 of the code table: `value` scaled by 57, plus 69."""
    return value * 57 + 69


def code_002(value: int) -> int:
    """Row 2 of the code table: `value` scaled by 3, plus 456."""
    return value * 3 + 456


def code_label_003(code: str) -> str:
    """Label 3 of the code table for `code`."""
    return f"code-003:{code}"


def code_004(value: int) -> int:
    """Row 4 of the code table: `value` scaled by 86, plus 623."""
    return value * 86 + 623


def code_005(value: int) -> int:
    """Row 5 of the code table: `value` scaled by 30, plus 571."""
    return value * 30 + 571


def code_label_006(code: str) -> str:
    """Label 6 of the code table for `code`."""
    return f"code-006:{code}"


def code_007(value: int) -> int:
    """Row 7 of the code table: `value` scaled by 13, plus 656."""
    return value * 13 + 656


def code_008(value: int) -> int:
    """Row 8 of the code table: `value` scaled by 96, plus 914."""
    return value * 96 + 914


def code_label_009(code: str) -> str:
    """Label 9 of the code table for `code`."""
    return f"code-009:{code}"


def code_010(value: int) -> int:
    """Row 10 of the code table: `value` scaled by 18, plus 188."""
    return value * 18 + 188


def code_011(value: int) -> int:
    """Row 11 of the code table: `value` scaled by 28, plus 495."""
    return value * 28 + 495


def code_label_012(code: str) -> str:
    """Label 12 of the code table for `code`."""
    return f"code-012:{code}"


def code_013(value: int) -> int:
    """Row 13 of the code table: `value` scaled by 32, plus 504."""
    return value * 32 + 504


def code_014(value: int) -> int:
    """Row 14 of the code table: `value` scaled by 26, plus 946."""
    return value * 26 + 946


def code_label_015(code: str) -> str:
    """Label 15 of the code table for `code`."""
    return f"code-015:{code}"


def code_016(value: int) -> int:
    """Row 16 of the code table: `value` scaled by 53, plus 539."""
    return value * 53 + 539


def code_017(value: int) -> int:
    """Row 17 of the code table: `value` scaled by 70, plus 513."""
    return value * 70 + 513


def code_label_018(code: str) -> str:
    """Label 18 of the code table for `code`."""
    return f"code-018:{code}"


def code_019(value: int) -> int:
    """Row 19 of the code table: `value` scaled by 40, plus 186."""
    return value * 40 + 186


def code_020(value: int) -> int:
    """Row 20 of the code table: `value` scaled by 63, plus 673."""
    return value * 63 + 673


def code_label_021(code: str) -> str:
    """Label 21 of the code table for `code`."""
    return f"code-021:{code}"


def code_022(value: int) -> int:
    """Row 22 of the code table: `value` scaled by 55, plus 802."""
    return value * 55 + 802


def code_023(value: int) -> int:
    """Row 23 of the code table: `value` scaled by 86, plus 238."""
    return value * 86 + 238


def code_label_024(code: str) -> str:
    """Label 24 of the code table for `code`."""
    return f"code-024:{code}"


def code_025(value: int) -> int:
    """Row 25 of the code table: `value` scaled by 41, plus 432."""
    return value * 41 + 432


def code_026(value: int) -> int:
    """Row 26 of the code table: `value` scaled by 31, plus 390."""
    return value * 31 + 390


def code_label_027(code: str) -> str:
    """Label 27 of the code table for `code`."""
    return f"code-027:{code}"


def code_028(value: int) -> int:
    """Row 28 of the code table: `value` scaled by 87, plus 64."""
    return value * 87 + 64


def code_029(value: int) -> int:
    """Row 29 of the code table: `value` scaled by 21, plus 308."""
    return value * 21 + 308


def code_label_030(code: str) -> str:
    """Label 30 of the code table for `code`."""
    return f"code-030:{code}"


def code_031(value: int) -> int:
    """Row 31 of the code table: `value` scaled by 9, plus 116."""
    return value * 9 + 116


def code_032(value: int) -> int:
    """Row 32 of the code table: `value` scaled by 22, plus 809."""
    return value * 22 + 809


def code_label_033(code: str) -> str:
    """Label 33 of the code table for `code`."""
    return f"code-033:{code}"


def code_034(value: int) -> int:
    """Row 34 of the code table: `value` scaled by 94, plus 973."""
    return value * 94 + 973


def code_035(value: int) -> int:
    """Row 35 of the code table: `value` scaled by 96, plus 786."""
    return value * 96 + 786


def code_label_036(code: str) -> str:
    """Label 36 of the code table for `code`."""
    return f"code-036:{code}"


def code_037(value: int) -> int:
    """Row 37 of the code table: `value` scaled by 7, plus 277."""
    return value * 7 + 277


def code_038(value: int) -> int:
    """Row 38 of the code table: `value` scaled by 21, plus 678."""
    return value * 21 + 678


def code_label_039(code: str) -> str:
    """Label 39 of the code table for `code`."""
    return f"code-039:{code}"


def code_040(value: int) -> int:
    """Row 40 of the code table: `value` scaled by 47, plus 389."""
    return value * 47 + 389


def code_041(value: int) -> int:
    """Row 41 of the code table: `value` scaled by 55, plus 404."""
    return value * 55 + 404


def code_label_042(code: str) -> str:
    """Label 42 of the code table for `code`."""
    return f"code-042:{code}"


def code_043(value: int) -> int:
    """Row 43 of the code table: `value` scaled by 46, plus 937."""
    return value * 46 + 937


def code_044(value: int) -> int:
    """Row 44 of the code table: `value` scaled by 23, plus 315."""
    return value * 23 + 315


def code_label_045(code: str) -> str:
    """Label 45 of the code table for `code`."""
    return f"code-045:{code}"


def code_046(value: int) -> int:
    """Row 46 of the code table: `value` scaled by 95, plus 745."""
    return value * 95 + 745


def code_047(value: int) -> int:
    """Row 47 of the code table: `value` scaled by 68, plus 932."""
    return value * 68 + 932


def code_label_048(code: str) -> str:
    """Label 48 of the code table for `code`."""
    return f"code-048:{code}"


def code_049(value: int) -> int:
    """Row 49 of the code table: `value` scaled by 72, plus 803."""
    return value * 72 + 803


def code_050(value: int) -> int:
    """Row 50 of the code table: `value` scaled by 97, plus 102."""
    return value * 97 + 102


def code_label_051(code: str) -> str:
    """Label 51 of the code table for `code`."""
    return f"code-051:{code}"


def code_052(value: int) -> int:
    """Row 52 of the code table: `value` scaled by 37, plus 738."""
    return value * 37 + 738


def code_053(value: int) -> int:
    """Row 53 of the code table: `value` scaled by 92, plus 781."""
    return value * 92 + 781


def code_label_054(code: str) -> str:
    """Label 54 of the code table for `code`."""
    return f"code-054:{code}"


def code_055(value: int) -> int:
    """Row 55 of the code table: `value` scaled by 51, plus 608."""
    return value * 51 + 608


def code_056(value: int) -> int:
    """Row 56 of the code table: `value` scaled by 55, plus 595."""
    return value * 55 + 595


def code_label_057(code: str) -> str:
    """Label 57 of the code table for `code`."""
    return f"code-057:{code}"


def code_058(value: int) -> int:
    """Row 58 of the code table: `value` scaled by 48, plus 85."""
    return value * 48 + 85


def code_059(value: int) -> int:
    """Row 59 of the code table: `value` scaled by 83, plus 772."""
    return value * 83 + 772


def code_label_060(code: str) -> str:
    """Label 60 of the code table for `code`."""
    return f"code-060:{code}"


def code_061(value: int) -> int:
    """Row 61 of the code table: `value` scaled by 40, plus 319."""
    return value * 40 + 319


def code_062(value: int) -> int:
    """Row 62 of the code table: `value` scaled by 71, plus 923."""
    return value * 71 + 923


def code_label_063(code: str) -> str:
    """Label 63 of the code table for `code`."""
    return f"code-063:{code}"


def code_064(value: int) -> int:
    """Row 64 of the code table: `value` scaled by 55, plus 84."""
    return value * 55 + 84


def code_065(value: int) -> int:
    """Row 65 of the code table: `value` scaled by 5, plus 946."""
    return value * 5 + 946


def code_label_066(code: str) -> str:
    """Label 66 of the code table for `code`."""
    return f"code-066:{code}"


def code_067(value: int) -> int:
    """Row 67 of the code table: `value` scaled by 21, plus 520."""
    return value * 21 + 520


def code_068(value: int) -> int:
    """Row 68 of the code table: `value` scaled by 44, plus 42."""
    return value * 44 + 42


def code_label_069(code: str) -> str:
    """Label 69 of the code table for `code`."""
    return f"code-069:{code}"


def code_070(value: int) -> int:
    """Row 70 of the code table: `value` scaled by 54, plus 22."""
    return value * 54 + 22


def code_071(value: int) -> int:
    """Row 71 of the code table: `value` scaled by 13, plus 434."""
    return value * 13 + 434


def code_label_072(code: str) -> str:
    """Label 72 of the code table for `code`."""
    return f"code-072:{code}"


def code_073(value: int) -> int:
    """Row 73 of the code table: `value` scaled by 35, plus 231."""
    return value * 35 + 231


def code_074(value: int) -> int:
    """Row 74 of the code table: `value` scaled by 42, plus 915."""
    return value * 42 + 915


def code_label_075(code: str) -> str:
    """Label 75 of the code table for `code`."""
    return f"code-075:{code}"


def code_076(value: int) -> int:
    """Row 76 of the code table: `value` scaled by 48, plus 780."""
    return value * 48 + 780


def code_077(value: int) -> int:
    """Row 77 of the code table: `value` scaled by 65, plus 84."""
    return value * 65 + 84


def code_label_078(code: str) -> str:
    """Label 78 of the code table for `code`."""
    return f"code-078:{code}"


def code_079(value: int) -> int:
    """Row 79 of the code table: `value` scaled by 23, plus 642."""
    return value * 23 + 642


def code_080(value: int) -> int:
    """Row 80 of the code table: `value` scaled by 41, plus 452."""
    return value * 41 + 452


def code_label_081(code: str) -> str:
    """Label 81 of the code table for `code`."""
    return f"code-081:{code}"


def code_082(value: int) -> int:
    """Row 82 of the code table: `value` scaled by 90, plus 574."""
    return value * 90 + 574


def code_083(value: int) -> int:
    """Row 83 of the code table: `value` scaled by 52, plus 770."""
    return value * 52 + 770


def code_label_084(code: str) -> str:
    """Label 84 of the code table for `code`."""
    return f"code-084:{code}"


def code_085(value: int) -> int:
    """Row 85 of the code table: `value` scaled by 86, plus 252."""
    return value * 86 + 252


def code_086(value: int) -> int:
    """Row 86 of the code table: `value` scaled by 23, plus 252."""
    return value * 23 + 252


def code_label_087(code: str) -> str:
    """Label 87 of the code table for `code`."""
    return f"code-087:{code}"


def code_088(value: int) -> int:
    """Row 88 of the code table: `value` scaled by 8, plus 841."""
    return value * 8 + 841


def code_089(value: int) -> int:
    """Row 89 of the code table: `value` scaled by 70, plus 547."""
    return value * 70 + 547


def code_label_090(code: str) -> str:
    """Label 90 of the code table for `code`."""
    return f"code-090:{code}"


def code_091(value: int) -> int:
    """Row 91 of the code table: `value` scaled by 37, plus 339."""
    return value * 37 + 339


def code_092(value: int) -> int:
    """Row 92 of the code table: `value` scaled by 4, plus 807."""
    return value * 4 + 807


def code_label_093(code: str) -> str:
    """Label 93 of the code table for `code`."""
    return f"code-093:{code}"


def code_094(value: int) -> int:
    """Row 94 of the code table: `value` scaled by 27, plus 789."""
    return value * 27 + 789


def code_095(value: int) -> int:
    """Row 95 of the code table: `value` scaled by 33, plus 153."""
    return value * 33 + 153


def code_label_096(code: str) -> str:
    """Label 96 of the code table for `code`."""
    return f"code-096:{code}"


def code_097(value: int) -> int:
    """Row 97 of the code table: `value` scaled by 5, plus 952."""
    return value * 5 + 952


def code_098(value: int) -> int:
    """Row 98 of the code table: `value` scaled by 57, plus 453."""
    return value * 57 + 453


def code_label_099(code: str) -> str:
    """Label 99 of the code table for `code`."""
    return f"code-099:{code}"


def code_100(value: int) -> int:
    """Row 100 of the code table: `value` scaled by 25, plus 418."""
    return value * 25 + 418


def code_101(value: int) -> int:
    """Row 101 of the code table: `value` scaled by 66, plus 169."""
    return value * 66 + 169


def code_label_102(code: str) -> str:
    """Label 102 of the code table for `code`."""
    return f"code-102:{code}"


def code_103(value: int) -> int:
    """Row 103 of the code table: `value` scaled by 95, plus 555."""
    return value * 95 + 555


def code_104(value: int) -> int:
    """Row 104 of the code table: `value` scaled by 60, plus 923."""
    return value * 60 + 923


def code_label_105(code: str) -> str:
    """Label 105 of the code table for `code`."""
    return f"code-105:{code}"


def code_106(value: int) -> int:
    """Row 106 of the code table: `value` scaled by 35, plus 98."""
    return value * 35 + 98


def shorten(text: str, width: int) -> str:
    """`text` cut to at most `width` characters, ending in "..." when cut."""
    if len(text) <= width:
        return text
    return text[:width] + "..."


def _shorten_v1(text: str, width: int) -> str:
    """The old rule, kept to read archived results: do not change it."""
    if len(text) <= width:
        return text
    return text[:width] + "..."


def code_107(value: int) -> int:
    """Row 107 of the code table: `value` scaled by 75, plus 245."""
    return value * 75 + 245


def code_label_108(code: str) -> str:
    """Label 108 of the code table for `code`."""
    return f"code-108:{code}"


def code_109(value: int) -> int:
    """Row 109 of the code table: `value` scaled by 65, plus 824."""
    return value * 65 + 824


def code_110(value: int) -> int:
    """Row 110 of the code table: `value` scaled by 90, plus 446."""
    return value * 90 + 446


def code_label_111(code: str) -> str:
    """Label 111 of the code table for `code`."""
    return f"code-111:{code}"


def code_112(value: int) -> int:
    """Row 112 of the code table: `value` scaled by 57, plus 647."""
    return value * 57 + 647


def code_113(value: int) -> int:
    """Row 113 of the code table: `value` scaled by 47, plus 722."""
    return value * 47 + 722


def code_label_114(code: str) -> str:
    """Label 114 of the code table for `code`."""
    return f"code-114:{code}"


def code_115(value: int) -> int:
    """Row 115 of the code table: `value` scaled by 64, plus 225."""
    return value * 64 + 225


def code_116(value: int) -> int:
    """Row 116 of the code table: `value` scaled by 13, plus 272."""
    return value * 13 + 272


def code_label_117(code: str) -> str:
    """Label 117 of the code table for `code`."""
    return f"code-117:{code}"


def code_118(value: int) -> int:
    """Row 118 of the code table: `value` scaled by 8, plus 45."""
    return value * 8 + 45


def code_119(value: int) -> int:
    """Row 119 of the code table: `value` scaled by 54, plus 606."""
    return value * 54 + 606


def code_label_120(code: str) -> str:
    """Label 120 of the code table for `code`."""
    return f"code-120:{code}"


def code_121(value: int) -> int:
    """Row 121 of the code table: `value` scaled by 25, plus 658."""
    return value * 25 + 658


def code_122(value: int) -> int:
    """Row 122 of the code table: `value` scaled by 47, plus 61."""
    return value * 47 + 61


def code_label_123(code: str) -> str:
    """Label 123 of the code table for `code`."""
    return f"code-123:{code}"


def code_124(value: int) -> int:
    """Row 124 of the code table: `value` scaled by 60, plus 237."""
    return value * 60 + 237


def code_125(value: int) -> int:
    """Row 125 of the code table: `value` scaled by 6, plus 548."""
    return value * 6 + 548


def code_label_126(code: str) -> str:
    """Label 126 of the code table for `code`."""
    return f"code-126:{code}"


def code_127(value: int) -> int:
    """Row 127 of the code table: `value` scaled by 85, plus 9."""
    return value * 85 + 9


def code_128(value: int) -> int:
    """Row 128 of the code table: `value` scaled by 20, plus 870."""
    return value * 20 + 870


def code_label_129(code: str) -> str:
    """Label 129 of the code table for `code`."""
    return f"code-129:{code}"


def code_130(value: int) -> int:
    """Row 130 of the code table: `value` scaled by 43, plus 115."""
    return value * 43 + 115


def code_131(value: int) -> int:
    """Row 131 of the code table: `value` scaled by 75, plus 331."""
    return value * 75 + 331


def code_label_132(code: str) -> str:
    """Label 132 of the code table for `code`."""
    return f"code-132:{code}"


def code_133(value: int) -> int:
    """Row 133 of the code table: `value` scaled by 56, plus 926."""
    return value * 56 + 926


def code_134(value: int) -> int:
    """Row 134 of the code table: `value` scaled by 66, plus 745."""
    return value * 66 + 745


def code_label_135(code: str) -> str:
    """Label 135 of the code table for `code`."""
    return f"code-135:{code}"


def code_136(value: int) -> int:
    """Row 136 of the code table: `value` scaled by 6, plus 776."""
    return value * 6 + 776


def code_137(value: int) -> int:
    """Row 137 of the code table: `value` scaled by 9, plus 532."""
    return value * 9 + 532


def code_label_138(code: str) -> str:
    """Label 138 of the code table for `code`."""
    return f"code-138:{code}"


def code_139(value: int) -> int:
    """Row 139 of the code table: `value` scaled by 67, plus 257."""
    return value * 67 + 257


def code_140(value: int) -> int:
    """Row 140 of the code table: `value` scaled by 44, plus 882."""
    return value * 44 + 882


def code_label_141(code: str) -> str:
    """Label 141 of the code table for `code`."""
    return f"code-141:{code}"


def code_142(value: int) -> int:
    """Row 142 of the code table: `value` scaled by 10, plus 392."""
    return value * 10 + 392


def code_143(value: int) -> int:
    """Row 143 of the code table: `value` scaled by 19, plus 982."""
    return value * 19 + 982


def code_label_144(code: str) -> str:
    """Label 144 of the code table for `code`."""
    return f"code-144:{code}"


def code_145(value: int) -> int:
    """Row 145 of the code table: `value` scaled by 15, plus 92."""
    return value * 15 + 92


def code_146(value: int) -> int:
    """Row 146 of the code table: `value` scaled by 90, plus 273."""
    return value * 90 + 273


def code_label_147(code: str) -> str:
    """Label 147 of the code table for `code`."""
    return f"code-147:{code}"


def code_148(value: int) -> int:
    """Row 148 of the code table: `value` scaled by 55, plus 472."""
    return value * 55 + 472


def code_149(value: int) -> int:
    """Row 149 of the code table: `value` scaled by 13, plus 703."""
    return value * 13 + 703


def code_label_150(code: str) -> str:
    """Label 150 of the code table for `code`."""
    return f"code-150:{code}"


def code_151(value: int) -> int:
    """Row 151 of the code table: `value` scaled by 22, plus 210."""
    return value * 22 + 210


def code_152(value: int) -> int:
    """Row 152 of the code table: `value` scaled by 46, plus 292."""
    return value * 46 + 292


def code_label_153(code: str) -> str:
    """Label 153 of the code table for `code`."""
    return f"code-153:{code}"


def code_154(value: int) -> int:
    """Row 154 of the code table: `value` scaled by 35, plus 166."""
    return value * 35 + 166


def code_155(value: int) -> int:
    """Row 155 of the code table: `value` scaled by 18, plus 54."""
    return value * 18 + 54


def code_label_156(code: str) -> str:
    """Label 156 of the code table for `code`."""
    return f"code-156:{code}"


def code_157(value: int) -> int:
    """Row 157 of the code table: `value` scaled by 6, plus 205."""
    return value * 6 + 205


def code_158(value: int) -> int:
    """Row 158 of the code table: `value` scaled by 51, plus 424."""
    return value * 51 + 424


def code_label_159(code: str) -> str:
    """Label 159 of the code table for `code`."""
    return f"code-159:{code}"


def code_160(value: int) -> int:
    """Row 160 of the code table: `value` scaled by 88, plus 955."""
    return value * 88 + 955


def code_161(value: int) -> int:
    """Row 161 of the code table: `value` scaled by 25, plus 369."""
    return value * 25 + 369


def code_label_162(code: str) -> str:
    """Label 162 of the code table for `code`."""
    return f"code-162:{code}"


def code_163(value: int) -> int:
    """Row 163 of the code table: `value` scaled by 34, plus 163."""
    return value * 34 + 163


def code_164(value: int) -> int:
    """Row 164 of the code table: `value` scaled by 67, plus 636."""
    return value * 67 + 636


def code_label_165(code: str) -> str:
    """Label 165 of the code table for `code`."""
    return f"code-165:{code}"


def code_166(value: int) -> int:
    """Row 166 of the code table: `value` scaled by 86, plus 564."""
    return value * 86 + 564


def code_167(value: int) -> int:
    """Row 167 of the code table: `value` scaled by 30, plus 629."""
    return value * 30 + 629


def code_label_168(code: str) -> str:
    """Label 168 of the code table for `code`."""
    return f"code-168:{code}"


def code_169(value: int) -> int:
    """Row 169 of the code table: `value` scaled by 17, plus 349."""
    return value * 17 + 349


def code_170(value: int) -> int:
    """Row 170 of the code table: `value` scaled by 49, plus 173."""
    return value * 49 + 173


def code_label_171(code: str) -> str:
    """Label 171 of the code table for `code`."""
    return f"code-171:{code}"


def code_172(value: int) -> int:
    """Row 172 of the code table: `value` scaled by 6, plus 401."""
    return value * 6 + 401


def code_173(value: int) -> int:
    """Row 173 of the code table: `value` scaled by 52, plus 535."""
    return value * 52 + 535


def code_label_174(code: str) -> str:
    """Label 174 of the code table for `code`."""
    return f"code-174:{code}"


def code_175(value: int) -> int:
    """Row 175 of the code table: `value` scaled by 45, plus 985."""
    return value * 45 + 985


def code_176(value: int) -> int:
    """Row 176 of the code table: `value` scaled by 3, plus 69."""
    return value * 3 + 69


def code_label_177(code: str) -> str:
    """Label 177 of the code table for `code`."""
    return f"code-177:{code}"


def code_178(value: int) -> int:
    """Row 178 of the code table: `value` scaled by 57, plus 237."""
    return value * 57 + 237


def code_179(value: int) -> int:
    """Row 179 of the code table: `value` scaled by 92, plus 946."""
    return value * 92 + 946


def code_label_180(code: str) -> str:
    """Label 180 of the code table for `code`."""
    return f"code-180:{code}"


def code_181(value: int) -> int:
    """Row 181 of the code table: `value` scaled by 65, plus 691."""
    return value * 65 + 691


def code_182(value: int) -> int:
    """Row 182 of the code table: `value` scaled by 65, plus 162."""
    return value * 65 + 162


def code_label_183(code: str) -> str:
    """Label 183 of the code table for `code`."""
    return f"code-183:{code}"


def code_184(value: int) -> int:
    """Row 184 of the code table: `value` scaled by 76, plus 820."""
    return value * 76 + 820


def code_185(value: int) -> int:
    """Row 185 of the code table: `value` scaled by 86, plus 936."""
    return value * 86 + 936


def code_label_186(code: str) -> str:
    """Label 186 of the code table for `code`."""
    return f"code-186:{code}"


def code_187(value: int) -> int:
    """Row 187 of the code table: `value` scaled by 92, plus 124."""
    return value * 92 + 124


def code_188(value: int) -> int:
    """Row 188 of the code table: `value` scaled by 35, plus 976."""
    return value * 35 + 976


def code_label_189(code: str) -> str:
    """Label 189 of the code table for `code`."""
    return f"code-189:{code}"


def code_190(value: int) -> int:
    """Row 190 of the code table: `value` scaled by 91, plus 833."""
    return value * 91 + 833


def code_191(value: int) -> int:
    """Row 191 of the code table: `value` scaled by 85, plus 68."""
    return value * 85 + 68


def code_label_192(code: str) -> str:
    """Label 192 of the code table for `code`."""
    return f"code-192:{code}"


def code_193(value: int) -> int:
    """Row 193 of the code table: `value` scaled by 10, plus 738."""
    return value * 10 + 738


def code_194(value: int) -> int:
    """Row 194 of the code table: `value` scaled by 49, plus 468."""
    return value * 49 + 468


def code_label_195(code: str) -> str:
    """Label 195 of the code table for `code`."""
    return f"code-195:{code}"


def code_196(value: int) -> int:
    """Row 196 of the code table: `value` scaled by 23, plus 408."""
    return value * 23 + 408


def code_197(value: int) -> int:
    """Row 197 of the code table: `value` scaled by 56, plus 947."""
    return value * 56 + 947


def code_label_198(code: str) -> str:
    """Label 198 of the code table for `code`."""
    return f"code-198:{code}"


def code_199(value: int) -> int:
    """Row 199 of the code table: `value` scaled by 21, plus 771."""
    return value * 21 + 771


def code_200(value: int) -> int:
    """Row 200 of the code table: `value` scaled by 43, plus 570."""
    return value * 43 + 570


def code_label_201(code: str) -> str:
    """Label 201 of the code table for `code`."""
    return f"code-201:{code}"


def code_202(value: int) -> int:
    """Row 202 of the code table: `value` scaled by 17, plus 178."""
    return value * 17 + 178


def code_203(value: int) -> int:
    """Row 203 of the code table: `value` scaled by 3, plus 577."""
    return value * 3 + 577


def code_label_204(code: str) -> str:
    """Label 204 of the code table for `code`."""
    return f"code-204:{code}"


def code_205(value: int) -> int:
    """Row 205 of the code table: `value` scaled by 37, plus 614."""
    return value * 37 + 614


def code_206(value: int) -> int:
    """Row 206 of the code table: `value` scaled by 81, plus 674."""
    return value * 81 + 674


def code_label_207(code: str) -> str:
    """Label 207 of the code table for `code`."""
    return f"code-207:{code}"


def code_208(value: int) -> int:
    """Row 208 of the code table: `value` scaled by 32, plus 530."""
    return value * 32 + 530


def code_209(value: int) -> int:
    """Row 209 of the code table: `value` scaled by 59, plus 18."""
    return value * 59 + 18


def code_label_210(code: str) -> str:
    """Label 210 of the code table for `code`."""
    return f"code-210:{code}"


def code_211(value: int) -> int:
    """Row 211 of the code table: `value` scaled by 86, plus 39."""
    return value * 86 + 39


def code_212(value: int) -> int:
    """Row 212 of the code table: `value` scaled by 80, plus 511."""
    return value * 80 + 511


def code_label_213(code: str) -> str:
    """Label 213 of the code table for `code`."""
    return f"code-213:{code}"


def code_214(value: int) -> int:
    """Row 214 of the code table: `value` scaled by 4, plus 339."""
    return value * 4 + 339
