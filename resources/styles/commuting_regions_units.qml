<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" labelsEnabled="0" simplifyAlgorithm="0" maxScale="0" minScale="100000000" simplifyDrawingTol="1" simplifyMaxScale="1" simplifyLocal="1" symbologyReferenceScale="-1" hasScaleBasedVisibilityFlag="0" simplifyDrawingHints="1" readOnly="0" styleCategories="AllStyleCategories">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" fixedDuration="0" mode="0" limitMode="0" endExpression="" durationField="" endField="" startField="" startExpression="" enabled="0" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 symbollevels="0" referencescale="-1" type="categorizedSymbol" attr="region_id" forceraster="0" enableorderby="0">
    <categories>
      <category symbol="0" render="true" value="" label="all regions"/>
    </categories>
    <symbols>
      <symbol type="fill" name="0" force_rhr="0" clip_to_extent="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="221,221,221,235" name="color"/>
            <Option type="QString" value="round" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="221,221,221,235"/>
          <prop k="joinstyle" v="round"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <source-symbol>
      <symbol type="fill" name="0" force_rhr="0" clip_to_extent="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="119,170,221,235" name="color"/>
            <Option type="QString" value="round" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.2" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="119,170,221,235"/>
          <prop k="joinstyle" v="round"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </source-symbol>
    <colorramp type="preset" name="[source]">
      <Option type="Map">
        <Option type="QString" value="119,170,221,255" name="preset_color_0"/>
        <Option type="QString" value="238,136,102,255" name="preset_color_1"/>
        <Option type="QString" value="187,204,51,255" name="preset_color_2"/>
        <Option type="QString" value="255,170,187,255" name="preset_color_3"/>
        <Option type="QString" value="153,221,255,255" name="preset_color_4"/>
        <Option type="QString" value="238,221,136,255" name="preset_color_5"/>
        <Option type="QString" value="68,187,153,255" name="preset_color_6"/>
        <Option type="QString" value="170,170,0,255" name="preset_color_7"/>
        <Option type="QString" value="#77aadd" name="preset_color_name_0"/>
        <Option type="QString" value="#ee8866" name="preset_color_name_1"/>
        <Option type="QString" value="#bbcc33" name="preset_color_name_2"/>
        <Option type="QString" value="#ffaabb" name="preset_color_name_3"/>
        <Option type="QString" value="#99ddff" name="preset_color_name_4"/>
        <Option type="QString" value="#eedd88" name="preset_color_name_5"/>
        <Option type="QString" value="#44bb99" name="preset_color_name_6"/>
        <Option type="QString" value="#aaaa00" name="preset_color_name_7"/>
        <Option type="QString" value="preset" name="rampType"/>
      </Option>
      <prop k="preset_color_0" v="119,170,221,255"/>
      <prop k="preset_color_1" v="238,136,102,255"/>
      <prop k="preset_color_2" v="187,204,51,255"/>
      <prop k="preset_color_3" v="255,170,187,255"/>
      <prop k="preset_color_4" v="153,221,255,255"/>
      <prop k="preset_color_5" v="238,221,136,255"/>
      <prop k="preset_color_6" v="68,187,153,255"/>
      <prop k="preset_color_7" v="170,170,0,255"/>
      <prop k="preset_color_name_0" v="#77aadd"/>
      <prop k="preset_color_name_1" v="#ee8866"/>
      <prop k="preset_color_name_2" v="#bbcc33"/>
      <prop k="preset_color_name_3" v="#ffaabb"/>
      <prop k="preset_color_name_4" v="#99ddff"/>
      <prop k="preset_color_name_5" v="#eedd88"/>
      <prop k="preset_color_name_6" v="#44bb99"/>
      <prop k="preset_color_name_7" v="#aaaa00"/>
      <prop k="rampType" v="preset"/>
    </colorramp>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="unit_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="region_id">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="region_name">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="unit_id" name=""/>
    <alias index="1" field="region_id" name=""/>
    <alias index="2" field="region_name" name=""/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="unit_id"/>
    <default expression="" applyOnUpdate="0" field="region_id"/>
    <default expression="" applyOnUpdate="0" field="region_name"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" notnull_strength="0" field="unit_id" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="region_id" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" notnull_strength="0" field="region_name" constraints="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="unit_id" exp=""/>
    <constraint desc="" field="region_id" exp=""/>
    <constraint desc="" field="region_name" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
